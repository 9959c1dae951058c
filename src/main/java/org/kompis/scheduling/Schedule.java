package org.kompis.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A row of {@code schedules}: one recurring ritual in one channel. Times are epoch milliseconds. */
public record Schedule(
        long id,
        String teamId,
        String ritual,
        String channelId,
        String cron,
        String timeZone,
        int everyWeeks,
        String holidays,
        String anchor,
        boolean paused,
        String createdBy,
        long createdAt,
        Long lastFireAt) {

    public Recurrence recurrence() {
        return new Recurrence(
                cron,
                ZoneId.of(timeZone),
                everyWeeks,
                Holidays.parse(holidays).orElse(Holidays.NONE),
                LocalDate.parse(anchor));
    }

    public Instant lastFireOrCreated() {
        return Instant.ofEpochMilli(lastFireAt != null ? lastFireAt : createdAt);
    }
}
