package org.kompis.sixhats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class HatByHatTest {

    @Test
    void blueOpensAndClosesAndEveryOtherHatHasOneRound() {
        assertThat(HatByHat.rounds())
                .containsExactly(Hat.BLUE, Hat.WHITE, Hat.RED, Hat.BLACK, Hat.YELLOW, Hat.GREEN, Hat.BLUE);
    }

    @Test
    void roundLengthsDefaultToTenMinutesWithinTwoMinutesAndTwoDays() {
        assertThat(HatByHat.DEFAULT_ROUND).isEqualTo(Duration.ofMinutes(10));
        assertThat(HatByHat.MIN_ROUND).isEqualTo(Duration.ofMinutes(2));
        assertThat(HatByHat.MAX_ROUND).isEqualTo(Duration.ofDays(2));
    }

    @ParameterizedTest(name = "\"{0}\" = {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "10;PT10M",
                "10m;PT10M",
                "10 min;PT10M",
                " 10 MIN ;PT10M",
                "15 minutter;PT15M",
                "5 minuter;PT5M",
                "150 sek;PT2M30S",
                "120s;PT2M",
                "2h;PT2H",
                "2 t;PT2H",
                "1 time;PT1H",
                "3 timmar;PT3H",
                "1,5 timer;PT1H30M",
                "1.5h;PT1H30M",
                "1h30m;PT1H30M",
                "1 t 30 min;PT1H30M",
                "1h30;PT1H30M",
                "1d;PT24H",
                "2 dager;PT48H",
                "2 dagar;PT48H",
                "1 døgn;PT24H",
                "48h;PT48H",
                "2;PT2M"
            })
    void acceptsTheDocumentedForms(String text, Duration expected) {
        assertThat(HatByHat.parseDuration(text)).contains(expected);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {
                "",
                "  ",
                "1",
                "1m",
                "90 s",
                "119s",
                "0",
                "3d",
                "2d 1m",
                "49h",
                "2881",
                "ten",
                "10 parsecs",
                "10 10",
                "-5",
                "m",
                "10min.",
                "1,000,000",
                "99999999999999999999",
                "½ t"
            })
    void rejectsGarbageAndLengthsOutOfRange(String text) {
        assertThat(HatByHat.parseDuration(text)).isEmpty();
    }
}
