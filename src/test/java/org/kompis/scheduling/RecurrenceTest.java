package org.kompis.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Wall-clock schedules across DST changes, every other week, and around public holidays. */
class RecurrenceTest {
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final LocalDate ANCHOR = LocalDate.of(2026, 1, 5);

    private static Recurrence weekly(DayOfWeek day, String time, ZoneId zone, int every, Holidays h) {
        return Recurrence.weekly(day, LocalTime.parse(time), zone, every, h, ANCHOR);
    }

    @Test
    void nineOClockStaysNineAcrossSpringForward() {
        for (ZoneId zone : new ZoneId[] {OSLO, STOCKHOLM}) {
            Recurrence sunday = weekly(DayOfWeek.SUNDAY, "09:00", zone, 1, Holidays.NONE);
            Instant before = sunday.nextAfter(Instant.parse("2026-03-21T00:00:00Z"));
            Instant after = sunday.nextAfter(before);
            assertThat(before).isEqualTo("2026-03-22T08:00:00Z");
            assertThat(after).as("2026-03-29 is the first day of summer time").isEqualTo("2026-03-29T07:00:00Z");
        }
    }

    @Test
    void nineOClockStaysNineAcrossFallBack() {
        for (ZoneId zone : new ZoneId[] {OSLO, STOCKHOLM}) {
            Recurrence sunday = weekly(DayOfWeek.SUNDAY, "09:00", zone, 1, Holidays.NONE);
            Instant before = sunday.nextAfter(Instant.parse("2026-10-17T00:00:00Z"));
            assertThat(before).isEqualTo("2026-10-18T07:00:00Z");
            assertThat(sunday.nextAfter(before))
                    .as("2026-10-25 is back on winter time")
                    .isEqualTo("2026-10-25T08:00:00Z");
        }
    }

    @Test
    void aTimeInsideTheSkippedHourStillRunsOnce() {
        Recurrence r = weekly(DayOfWeek.SUNDAY, "02:30", OSLO, 1, Holidays.NONE);
        Instant first = r.nextAfter(Instant.parse("2026-03-28T12:00:00Z"));
        assertThat(first).isBetween(Instant.parse("2026-03-29T00:00:00Z"), Instant.parse("2026-03-30T00:00:00Z"));
        assertThat(r.nextAfter(first)).isAfter(Instant.parse("2026-04-04T00:00:00Z"));
    }

    @Test
    void everyOtherWeekCountsFromTheAnchor() {
        Recurrence r = weekly(DayOfWeek.FRIDAY, "14:00", OSLO, 2, Holidays.NONE);
        Instant a = r.nextAfter(Instant.parse("2026-11-01T00:00:00Z"));
        Instant b = r.nextAfter(a);
        assertThat(java.time.Duration.between(a, b).toDays()).isEqualTo(14);
        assertThat(a.atZone(OSLO).getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(a.atZone(OSLO).toLocalTime()).isEqualTo(LocalTime.of(14, 0));
    }

    @Test
    void aRunOnAPublicHolidayMovesToTheNextWorkingDay() {
        Recurrence monday = weekly(DayOfWeek.MONDAY, "09:00", OSLO, 1, Holidays.NORWAY);
        assertThat(monday.nextAfter(Instant.parse("2027-05-15T00:00:00Z")))
                .as("17 May 2027, Norway's constitution day, is a Monday")
                .isEqualTo("2027-05-18T07:00:00Z");

        Recurrence thursday = weekly(DayOfWeek.THURSDAY, "10:00", STOCKHOLM, 1, Holidays.SWEDEN);
        assertThat(thursday.nextAfter(Instant.parse("2026-05-10T00:00:00Z")))
                .as("Ascension Day 2026 is Thursday 14 May")
                .isEqualTo("2026-05-15T08:00:00Z");

        Recurrence friday = weekly(DayOfWeek.FRIDAY, "09:00", OSLO, 1, Holidays.NORWAY);
        Instant christmas = friday.nextAfter(Instant.parse("2026-12-20T00:00:00Z"));
        assertThat(christmas).as("25 Dec is a Friday; the 26th a Saturday").isEqualTo("2026-12-28T08:00:00Z");
        assertThat(friday.nextAfter(christmas)).as("1 Jan 2027 is a Friday too").isEqualTo("2027-01-04T08:00:00Z");
    }

    @Test
    void withoutACalendarHolidaysAreOrdinaryDays() {
        Recurrence monday = weekly(DayOfWeek.MONDAY, "09:00", OSLO, 1, Holidays.NONE);
        assertThat(monday.nextAfter(Instant.parse("2027-05-15T00:00:00Z"))).isEqualTo("2027-05-17T07:00:00Z");
    }

    @Test
    void workingDaysSkipWeekendsAndHolidays() {
        assertThat(Holidays.NORWAY.plusWorkingDays(LocalDate.of(2027, 5, 14), 3))
                .isEqualTo(LocalDate.of(2027, 5, 20));
        assertThat(Holidays.SWEDEN.plusWorkingDays(LocalDate.of(2026, 11, 20), 3))
                .isEqualTo(LocalDate.of(2026, 11, 25));
    }
}
