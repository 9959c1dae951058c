package org.kompis.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryTest {
    @Test
    void theLatestMeetingCountsInEitherDirection() {
        History history = History.of(10, List.of(new History.Meeting("A", "B", 2), new History.Meeting("B", "A", 7)));
        assertThat(history.roundsSinceMet("A", "B")).hasValue(3);
        assertThat(history.roundsSinceMet("B", "A")).hasValue(3);
        assertThat(history.roundsSinceMet("A", "C")).isEmpty();
    }

    @Test
    void meetingsMustBeFromEarlierRounds() {
        assertThatThrownBy(() -> History.of(3, List.of(new History.Meeting("A", "B", 3))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTrioIsThreeMeetings() {
        assertThat(History.meetingsOf(List.of(List.of("A", "B", "C"), List.of("D", "E")), 4))
                .containsExactly(
                        new History.Meeting("A", "B", 4),
                        new History.Meeting("A", "C", 4),
                        new History.Meeting("B", "C", 4),
                        new History.Meeting("D", "E", 4));
    }
}
