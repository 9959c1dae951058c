package org.kompis.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one reader of weekly times: what /reflect, /pairs and /lessons digest all accept. */
class WeeklyTimeTest {
    @ParameterizedTest
    @CsvSource({
        "tirs 09:00, 1, TUESDAY, 09:00",
        "fredag 9.30, 1, FRIDAY, 09:30",
        "Fredag kl. 14, 1, FRIDAY, 14:00",
        "biweekly mon 08:15, 2, MONDAY, 08:15",
        "annenhver torsdag 13.00, 2, THURSDAY, 13:00",
        "varannan vecka tis 07:45, 2, TUESDAY, 07:45",
        "every-four-weeks wed 10:00, 4, WEDNESDAY, 10:00",
        "månadsvis sön 18:00, 4, SUNDAY, 18:00",
        "12:30 lör, 1, SATURDAY, 12:30"
    })
    void readsDayTimeAndFrequencyInAnyOrderAndLanguage(String text, int weeks, DayOfWeek day, String time) {
        assertThat(WeeklyTime.parse(text)).contains(new WeeklyTime(weeks, day, LocalTime.parse(time)));
    }

    @Test
    void refusesWhatItCannotRead() {
        for (String text : List.of(
                "",
                "tirs",
                "09:00",
                "tirs 24:00",
                "tirs 9:7",
                "tirs tirs 09:00",
                "tirs 09:00 x",
                "daily tirs 09:00",
                "weekly biweekly tirs 09:00")) {
            assertThat(WeeklyTime.parse(text)).as(text).isEmpty();
        }
    }

    @Test
    void aWeeklyRecurrenceReadsBackAsTheWeeklyTimeItWasMadeFrom() {
        Recurrence r = Recurrence.weekly(
                DayOfWeek.TUESDAY,
                LocalTime.of(9, 5),
                ZoneId.of("Europe/Oslo"),
                2,
                Holidays.NONE,
                LocalDate.of(2026, 11, 17));
        assertThat(r.weeklyTime()).contains(new WeeklyTime(2, DayOfWeek.TUESDAY, LocalTime.of(9, 5)));
        assertThat(Recurrence.daily(LocalTime.NOON, ZoneId.of("Europe/Oslo")).weeklyTime())
                .isEmpty();
    }
}
