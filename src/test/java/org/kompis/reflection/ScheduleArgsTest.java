package org.kompis.reflection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kompis.scheduling.WeeklyTime;

/** Day names in English, Norwegian and Swedish, times and frequencies as managers type them. */
class ScheduleArgsTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "mon, MONDAY",
        "Monday, MONDAY",
        "man, MONDAY",
        "mandag, MONDAY",
        "mån, MONDAY",
        "Måndag, MONDAY",
        "tue, TUESDAY",
        "tirsdag, TUESDAY",
        "tis, TUESDAY",
        "tisdag, TUESDAY",
        "wed, WEDNESDAY",
        "ons, WEDNESDAY",
        "onsdag, WEDNESDAY",
        "thu, THURSDAY",
        "thursday, THURSDAY",
        "tor, THURSDAY",
        "torsdag, THURSDAY",
        "tors, THURSDAY",
        "fri, FRIDAY",
        "FRIDAY, FRIDAY",
        "fre, FRIDAY",
        "fredag, FRIDAY",
        "Fredag., FRIDAY",
        "sat, SATURDAY",
        "lør, SATURDAY",
        "lørdag, SATURDAY",
        "lör, SATURDAY",
        "lördag, SATURDAY",
        "lordag, SATURDAY",
        "sun, SUNDAY",
        "søn, SUNDAY",
        "søndag, SUNDAY",
        "sön, SUNDAY",
        "söndag, SUNDAY",
        "sondag, SUNDAY"
    })
    void dayNamesInThreeLanguages(String word, DayOfWeek day) {
        assertThat(WeeklyTime.day(word)).contains(day);
    }

    @Test
    void unknownDaysAreNotGuessed() {
        assertThat(WeeklyTime.day("funday")).isEmpty();
        assertThat(WeeklyTime.day("f")).isEmpty();
        assertThat(WeeklyTime.day("")).isEmpty();
    }

    @Test
    void aFullScheduleParses() {
        assertThat(ScheduleArgs.parse("fri 09:00").args())
                .isEqualTo(new ScheduleArgs(DayOfWeek.FRIDAY, LocalTime.of(9, 0), 1));
        assertThat(ScheduleArgs.parse("fredag 14.30 annenhver").args())
                .isEqualTo(new ScheduleArgs(DayOfWeek.FRIDAY, LocalTime.of(14, 30), 2));
        assertThat(ScheduleArgs.parse("  onsdag   8:05  varannan ").args())
                .isEqualTo(new ScheduleArgs(DayOfWeek.WEDNESDAY, LocalTime.of(8, 5), 2));
        assertThat(ScheduleArgs.parse("mon 7 weekly").args())
                .isEqualTo(new ScheduleArgs(DayOfWeek.MONDAY, LocalTime.of(7, 0), 1));
        assertThat(ScheduleArgs.parse("tis 10:00 veckovis").args().everyWeeks()).isEqualTo(1);
    }

    @Test
    void eachMistakeNamesTheWordAndWhatIsWrong() {
        assertThat(ScheduleArgs.parse("funday 09:00").problem())
                .isEqualTo(new ScheduleArgs.Problem("reflection.schedule.bad_day", "funday"));
        assertThat(ScheduleArgs.parse("fri 25:00").problem())
                .isEqualTo(new ScheduleArgs.Problem("reflection.schedule.bad_time", "25:00"));
        assertThat(ScheduleArgs.parse("fri 9:7").problem().key()).isEqualTo("reflection.schedule.bad_time");
        assertThat(ScheduleArgs.parse("fri 09:00 daily").problem())
                .isEqualTo(new ScheduleArgs.Problem("reflection.schedule.bad_frequency", "daily"));
        assertThat(ScheduleArgs.parse("friday").problem().key()).isEqualTo("reflection.schedule.usage");
        assertThat(ScheduleArgs.parse("fri 09:00 weekly extra").problem().key()).isEqualTo("reflection.schedule.usage");
    }
}
