package org.kompis.aar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A row of {@code aar_reviews}. */
public record Review(
        long id,
        String teamId,
        String channelId,
        String title,
        String goal,
        String createdBy,
        String startKey,
        String deadlineDate,
        long deadlineAt,
        String timeZone,
        boolean wholeChannel,
        String messageTs,
        String status,
        String closedBy,
        Long closedAt,
        String summaryTs,
        Long lessonsAt,
        String deadlineDmChannel,
        String deadlineDmTs,
        long createdAt) {

    public boolean open() {
        return "open".equals(status);
    }

    public LocalDate deadline() {
        return LocalDate.parse(deadlineDate);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public LocalDate closedOn() {
        return closedAt == null ? null : LocalDate.ofInstant(Instant.ofEpochMilli(closedAt), zone());
    }
}
