package org.kompis.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Most Norwegian municipal offices close on 24 and 31 December; the law does not say so, Kompis does by default. */
class ChristmasEveTest {
    private static final LocalDate EVE = LocalDate.of(2026, 12, 24);
    private static final LocalDate NEW_YEARS_EVE = LocalDate.of(2026, 12, 31);

    @Test
    void norwayByDefaultTakesChristmasEveAndNewYearsEveOff() {
        assertThat(Holidays.NORWAY.isWorkingDay(EVE)).isFalse();
        assertThat(Holidays.NORWAY.isWorkingDay(NEW_YEARS_EVE)).isFalse();
        assertThat(Holidays.NORWAY.onOrAfterWorkingDayIfHoliday(EVE)).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(Holidays.NORWAY.isWorkingDay(LocalDate.of(2026, 12, 23))).isTrue();
    }

    @Test
    void theStatutoryNorwegianCalendarWorksOnThoseDays() {
        assertThat(Holidays.NORWAY_PUBLIC.isWorkingDay(EVE)).isTrue();
        assertThat(Holidays.NORWAY_PUBLIC.isWorkingDay(LocalDate.of(2026, 12, 25)))
                .isFalse();
        assertThat(Holidays.parse("no-public")).contains(Holidays.NORWAY_PUBLIC);
        assertThat(Holidays.parse(Holidays.NORWAY_PUBLIC.code())).contains(Holidays.NORWAY_PUBLIC);
    }

    @Test
    void swedenAlreadyHasItsEves() {
        assertThat(Holidays.SWEDEN.isWorkingDay(EVE)).isFalse();
        assertThat(Holidays.SWEDEN.isWorkingDay(NEW_YEARS_EVE)).isFalse();
    }
}
