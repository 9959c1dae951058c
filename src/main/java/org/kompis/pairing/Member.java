package org.kompis.pairing;

import java.time.LocalDate;

/** A row of {@code pairs_members}: one person in one channel's pool. */
public record Member(
        String teamId,
        String channelId,
        String userId,
        long joinedAt,
        String snoozedUntil,
        boolean paused,
        int missedFollowups) {

    /** Takes part in a round held on {@code day}: not paused by the ghost rule, not snoozed past it. */
    public boolean activeOn(LocalDate day) {
        return !paused
                && (snoozedUntil == null || !LocalDate.parse(snoozedUntil).isAfter(day));
    }
}
