package org.kompis.scheduling;

import java.text.ParseException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import org.quartz.CronExpression;

/**
 * When a ritual runs: a Quartz cron expression read in a time zone (so 09:00 stays 09:00 across DST), every
 * one or two weeks counted from an anchor date, moved to the next working day when it falls on a public
 * holiday. Cron alone can express neither "every other week" nor "not on 17 May", hence this class.
 */
public record Recurrence(String cron, ZoneId zone, int everyWeeks, Holidays holidays, LocalDate anchor) {

    public Recurrence {
        if (everyWeeks < 1) {
            throw new IllegalArgumentException("everyWeeks must be 1 or more");
        }
        if (!CronExpression.isValidExpression(cron)) {
            throw new IllegalArgumentException("not a Quartz cron expression: " + cron);
        }
    }

    /** Every week (or every {@code everyWeeks} weeks) on {@code day} at {@code time}, wall-clock, in {@code zone}. */
    public static Recurrence weekly(
            java.time.DayOfWeek day,
            java.time.LocalTime time,
            ZoneId zone,
            int everyWeeks,
            Holidays holidays,
            LocalDate anchor) {
        String dow = day.getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH)
                .toUpperCase(java.util.Locale.ROOT);
        return new Recurrence(
                "0 " + time.getMinute() + " " + time.getHour() + " ? * " + dow, zone, everyWeeks, holidays, anchor);
    }

    /** The day, time and frequency of a {@link #weekly} recurrence, read back from its cron; empty for others. */
    public Optional<WeeklyTime> weeklyTime() {
        String[] f = cron.split(" ");
        if (f.length != 6 || !f[3].equals("?") || !f[0].equals("0")) {
            return Optional.empty();
        }
        for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
            if (day.getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH)
                    .equalsIgnoreCase(f[5])) {
                return Optional.of(new WeeklyTime(
                        everyWeeks, day, java.time.LocalTime.of(Integer.parseInt(f[2]), Integer.parseInt(f[1]))));
            }
        }
        return Optional.empty();
    }

    /** Every day at {@code time} in {@code zone}. */
    public static Recurrence daily(java.time.LocalTime time, ZoneId zone) {
        return new Recurrence(
                "0 " + time.getMinute() + " " + time.getHour() + " * * ?",
                zone,
                1,
                Holidays.NONE,
                LocalDate.of(2024, 1, 1));
    }

    /**
     * The first run strictly after {@code after}. The cron is read on local wall-clock time: a time that does not
     * exist on the spring-forward day (02:30) runs as the gap ends (03:00), and a time that happens twice in autumn
     * runs at its first occurrence only. Candidates only move forward, so this ends for every valid schedule; there
     * is no guard that could give up inside a repeated hour.
     */
    public Instant nextAfter(Instant after) {
        CronExpression expression = expression();
        // A little before the wall-clock time of "after": a run's instant can lie after "after" although its local time
        // lies before (the gap's end). Candidates not after "after" are skipped.
        LocalDateTime cursor = LocalDateTime.ofInstant(after, zone).minusHours(3);
        while (true) {
            Date next = expression.getNextValidTimeAfter(Date.from(cursor.toInstant(ZoneOffset.UTC)));
            if (next == null) {
                throw new IllegalStateException("cron expression never fires again: " + cron);
            }
            cursor = LocalDateTime.ofInstant(next.toInstant(), ZoneOffset.UTC);
            if (everyWeeks > 1 && Math.floorMod(weeksSinceAnchor(cursor.toLocalDate()), everyWeeks) != 0) {
                continue;
            }
            Instant at = instant(cursor.with(holidays.onOrAfterWorkingDayIfHoliday(cursor.toLocalDate())));
            if (at.isAfter(after)) {
                return at;
            }
        }
    }

    /** A wall-clock time as an instant: in the spring gap, the moment the gap ends; in autumn, the first occurrence. */
    Instant instant(LocalDateTime local) {
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        if (transition != null && transition.isGap()) {
            return transition.getInstant();
        }
        return local.atZone(zone).toInstant();
    }

    private long weeksSinceAnchor(LocalDate date) {
        LocalDate anchorMonday = anchor.minusDays(anchor.getDayOfWeek().getValue() - 1L);
        LocalDate dateMonday = date.minusDays(date.getDayOfWeek().getValue() - 1L);
        return ChronoUnit.WEEKS.between(anchorMonday, dateMonday);
    }

    /** Parsed once per expression: a weekly check over a whole year asks thousands of times. */
    private static final Map<String, CronExpression> PARSED = new ConcurrentHashMap<>();

    private CronExpression expression() {
        return PARSED.computeIfAbsent(cron, Recurrence::parse);
    }

    private static CronExpression parse(String cron) {
        try {
            CronExpression expression = new CronExpression(cron);
            // Wall-clock arithmetic: local times are fed in as if UTC, and mapped back to the zone in nextAfter. The
            // expression is only read after this (each question builds its own calendar), so one instance is shared.
            expression.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
            return expression;
        } catch (ParseException e) {
            throw new IllegalArgumentException("not a Quartz cron expression: " + cron, e);
        }
    }
}
