package org.kompis.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What people type after {@code /pairs schedule} and {@code /pairs snooze}, in English, Norwegian and Swedish. */
class CadenceTest {

    @ParameterizedTest
    @CsvSource({
        "weekly mon 09:00, 1, MONDAY, 09:00",
        "biweekly fri 8.30, 2, FRIDAY, 08:30",
        "monthly Wednesday 13:15, 4, WEDNESDAY, 13:15",
        "ukentlig mandag 9:00, 1, MONDAY, 09:00",
        "annenhver tor 14:00, 2, THURSDAY, 14:00",
        "månedlig lørdag 10:00, 4, SATURDAY, 10:00",
        "veckovis mån 09:00, 1, MONDAY, 09:00",
        "varannan vecka tis 07:45, 2, TUESDAY, 07:45",
        "månadsvis söndag 18:00, 4, SUNDAY, 18:00",
        "fre 9:00, 1, FRIDAY, 09:00",
        "10:00 ons, 1, WEDNESDAY, 10:00",
        "tirs 09:00, 1, TUESDAY, 09:00",
        "hver tirs 9.30, 1, TUESDAY, 09:30"
    })
    void readsFrequencyDayAndTime(String text, int weeks, DayOfWeek day, String time) {
        assertThat(Cadence.parse(text)).contains(new Cadence(weeks, day, LocalTime.parse(time)));
    }

    @Test
    void refusesWhatItDoesNotUnderstand() {
        for (String text :
                List.of("", "weekly", "mon", "weekly mon", "daily mon 09:00", "mon 25:00", "weekly mon 09:00 extra")) {
            assertThat(Cadence.parse(text)).as(text).isEmpty();
        }
    }

    @Test
    void frequenciesRoundTrip() {
        for (String f : List.of("weekly", "biweekly", "monthly")) {
            assertThat(Cadence.frequency(Cadence.everyWeeks(f))).isEqualTo(f);
        }
        assertThat(Cadence.everyWeeks("monthly")).as("a schedule counts weeks").isEqualTo(4);
    }

    @Test
    void snoozeDates() {
        LocalDate today = LocalDate.of(2026, 11, 20);
        assertThat(Cadence.date("2026-12-01", today)).contains(LocalDate.of(2026, 12, 1));
        assertThat(Cadence.date("1.12.2026", today)).contains(LocalDate.of(2026, 12, 1));
        assertThat(Cadence.date("1.12.", today)).contains(LocalDate.of(2026, 12, 1));
        assertThat(Cadence.date("15/1", today)).as("the next 15 January").contains(LocalDate.of(2027, 1, 15));
        assertThat(Cadence.date("31.2.2027", today)).isEmpty();
        assertThat(Cadence.date("soon", today)).isEmpty();
    }
}
