package org.kompis.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Guarantee 5: every wall-clock minute of both DST change days in Oslo and Stockholm, for weekly, biweekly and
 * four-weekly schedules and a few years: one run per cycle at the wall-clock time, the autumn hour's duplicate run
 * once, a time in the spring gap right after the gap, and the next run found from any moment (a start inside the
 * repeated hour included). Before: a 02:30 schedule asked for its next run inside the repeated autumn hour walked
 * one second at a time under a guard and threw "no run found", and Kompis refused to start.
 */
class DstPropertyTest {
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Oslo"), ZoneId.of("Europe/Stockholm"));
    private static final int[] EVERY = {1, 2, 4};
    private static final LocalDate ANCHOR = LocalDate.of(2026, 1, 4);

    @Test
    void everyMinuteOfBothChangeDaysRunsOncePerCycleAtItsWallClockTime() {
        int checked = 0;
        for (ZoneId zone : ZONES) {
            for (int year = 2026; year <= 2028; year++) {
                for (LocalDate day : changeDays(year)) {
                    for (int every : EVERY) {
                        // Every minute in the first year; every quarter hour in the next two (the same rules, other
                        // dates).
                        for (int minute = 0; minute < 24 * 60; minute += year == 2026 ? 1 : 15) {
                            LocalTime time = LocalTime.of(minute / 60, minute % 60);
                            Recurrence r =
                                    Recurrence.weekly(DayOfWeek.SUNDAY, time, zone, every, Holidays.NONE, ANCHOR);
                            List<Instant> expected = oracle(zone, time, every, day);
                            Instant t = r.nextAfter(expected.get(0).minusSeconds(1));
                            for (Instant want : expected) {
                                assertThat(t)
                                        .as("%s %s every %d at %s", zone, day, every, time)
                                        .isEqualTo(want);
                                t = r.nextAfter(t);
                            }
                            checked++;
                        }
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(2 * 2 * 3 * (1440 + 2 * 96));
    }

    @Test
    void fromAnyMomentOfAChangeDayTheNextRunIsTheRightOne() {
        for (ZoneId zone : ZONES) {
            for (LocalDate day : changeDays(2026)) {
                for (int every : EVERY) {
                    for (int minute = 0; minute < 5 * 60; minute += 30) {
                        LocalTime time = LocalTime.of(minute / 60, minute % 60);
                        Recurrence r = Recurrence.weekly(DayOfWeek.SUNDAY, time, zone, every, Holidays.NONE, ANCHOR);
                        List<Instant> runs = oracle(zone, time, every, day);
                        Instant from = day.atStartOfDay(zone).toInstant();
                        Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
                        for (Instant now = from; now.isBefore(to); now = now.plusSeconds(120)) {
                            Instant at = now;
                            Instant want = runs.stream()
                                    .filter(x -> x.isAfter(at))
                                    .findFirst()
                                    .orElseThrow();
                            assertThat(r.nextAfter(now))
                                    .as("%s every %d at %s, asked at %s", zone, every, time, now)
                                    .isEqualTo(want);
                        }
                    }
                }
            }
        }
    }

    @Test
    void theScheduleFromTheIssueStartsInsideTheRepeatedHour() {
        ZoneId oslo = ZoneId.of("Europe/Oslo");
        Recurrence r = Recurrence.weekly(DayOfWeek.SUNDAY, LocalTime.of(2, 30), oslo, 1, Holidays.NONE, ANCHOR);
        // 02:45 in the second pass of the autumn hour (01:45 UTC): 02:30 already ran at 00:30 UTC.
        assertThat(r.nextAfter(Instant.parse("2026-10-25T01:45:00Z"))).isEqualTo("2026-11-01T01:30:00Z");
        assertThat(r.nextAfter(Instant.parse("2026-10-25T00:15:00Z"))).isEqualTo("2026-10-25T00:30:00Z");
    }

    /** The runs near {@code day}, worked out independently: each cycle's Sunday, its wall-clock time, mapped by hand. */
    private static List<Instant> oracle(ZoneId zone, LocalTime time, int every, LocalDate day) {
        LocalDate firstSunday = ANCHOR.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        long weeks =
                Duration.between(firstSunday.atStartOfDay(), day.atStartOfDay()).toDays() / 7;
        LocalDate cycle = firstSunday.plusWeeks(Math.floorDiv(weeks, every) * every);
        List<Instant> out = new ArrayList<>();
        for (LocalDate d = cycle.minusWeeks(every); out.size() < 4; d = d.plusWeeks(every)) {
            LocalDateTime local = d.atTime(time);
            ZoneOffsetTransition tr = zone.getRules().getTransition(local);
            Instant at = tr == null
                    ? local.atZone(zone).toInstant()
                    : tr.isGap()
                            ? tr.getInstant()
                            : local.atOffset(tr.getOffsetBefore()).toInstant();
            out.add(at);
        }
        return out;
    }

    /** The last Sundays of March and October: Europe's change days. */
    private static List<LocalDate> changeDays(int year) {
        return List.of(
                LocalDate.of(year, 3, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY)),
                LocalDate.of(year, 10, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY)));
    }
}
