package org.kompis.aar;

import java.time.LocalDate;

/** A row of {@code aar_action_items}: what, who, by when, and how the follow-up went. */
public record ActionItem(
        long id,
        long reviewId,
        String teamId,
        String authorId,
        int position,
        String what,
        String ownerId,
        String dueDate,
        String status,
        String newDate,
        String dropReason,
        String followupChannel,
        String followupTs,
        long updatedAt) {

    public boolean open() {
        return "open".equals(status);
    }

    /** The date it is due now: the new date if the owner moved it, else the one first given. */
    public LocalDate due() {
        return LocalDate.parse(newDate != null ? newDate : dueDate);
    }
}
