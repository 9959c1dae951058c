package org.kompis.sixhats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GroupSplitterTest {

    @ParameterizedTest(name = "{0} people -> {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "1;",
                "2;",
                "3;3",
                "4;4",
                "5;3+2",
                "6;3+3",
                "7;3+4",
                "8;3+3+2",
                "9;3+3+3",
                "10;3+3+4",
                "11;3+3+3+2",
                "12;3+3+3+3",
                "13;3+3+3+4",
                "14;3+3+3+3+2",
                "15;3+3+3+3+3",
                "16;3+3+3+3+4",
                "17;3+3+3+3+3+2",
                "18;3+3+3+3+3+3",
                "19;3+3+3+3+3+4",
                "20;3+3+3+3+3+3+2"
            })
    void sizesFollowTheDocumentedTable(int n, String expected) {
        List<Integer> sizes = GroupSplitter.sizes(n);
        String actual = String.join("+", sizes.stream().map(String::valueOf).toList());
        assertThat(actual).isEqualTo(expected == null ? "" : expected);
    }

    @Test
    void sizesObeyTheRulesForOneToTwenty() {
        for (int n = 1; n <= 20; n++) {
            List<Integer> sizes = GroupSplitter.sizes(n);
            if (n < 3) {
                assertThat(sizes).as("n=%d", n).isEmpty();
                continue;
            }
            assertThat(sizes.stream().mapToInt(Integer::intValue).sum())
                    .as("n=%d", n)
                    .isEqualTo(n);
            assertThat(sizes).as("n=%d", n).allMatch(s -> s >= 2 && s <= 4);
            assertThat(sizes.stream().filter(s -> s != 3))
                    .as("n=%d: at most one odd group", n)
                    .hasSizeLessThan(2);
            assertThat(sizes).as("n=%d", n).hasSize(n % 3 == 1 ? n / 3 : (n + 2) / 3);
        }
    }

    @Test
    void sevenPeopleMakeAThreeAndAFour() {
        List<List<String>> groups = GroupSplitter.split(People.of(7), 42);
        assertThat(groups).extracting(List::size).containsExactly(3, 4);
    }

    @Test
    void splitKeepsEveryoneExactlyOnceAndIsReproducible() {
        for (int n = 1; n <= 20; n++) {
            for (long seed = 0; seed < 5; seed++) {
                List<List<String>> groups = GroupSplitter.split(People.of(n), seed);
                List<String> everyone =
                        groups.stream().flatMap(Collection::stream).toList();
                if (n >= 3) {
                    assertThat(everyone).as("n=%d seed=%d", n, seed).containsExactlyInAnyOrderElementsOf(People.of(n));
                }
                assertThat(GroupSplitter.split(People.of(n), seed)).isEqualTo(groups);
            }
        }
    }

    @Test
    void seedsShuffle() {
        assertThat(GroupSplitter.split(People.of(12), 1)).isNotEqualTo(GroupSplitter.split(People.of(12), 2));
    }

    @Test
    void someoneJoiningTwiceIsABug() {
        assertThatThrownBy(() -> GroupSplitter.split(List.of("U1", "U2", "U1"), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fewerThanThreeSwitchToHatByHat() {
        assertThat(Mode.IN_THREES.effective(0)).isEqualTo(Mode.HAT_BY_HAT);
        assertThat(Mode.IN_THREES.effective(2)).isEqualTo(Mode.HAT_BY_HAT);
        assertThat(Mode.IN_THREES.effective(3)).isEqualTo(Mode.IN_THREES);
        assertThat(Mode.HAT_BY_HAT.effective(9)).isEqualTo(Mode.HAT_BY_HAT);
        assertThat(Mode.DEFAULT).isEqualTo(Mode.IN_THREES);
    }
}
