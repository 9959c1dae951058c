package org.kompis.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The rules by which a workspace's 429s keep no thread asleep for long ({@link Pauses}). */
class PausesTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final Pauses pauses = new Pauses(now::get);
    private final String a = Pauses.key("TA", "users.info");

    @Test
    void theRefusedCallMayWaitItsRetryAfterAFurtherCallOnlyAShortRestOfIt() {
        pauses.refused(a, Duration.ofSeconds(30));
        assertThat(pauses.before(a, Duration.ofSeconds(30), Duration.ofSeconds(60)))
                .isEqualTo(Duration.ofSeconds(30));
        assertThat(pauses.before(a, null, Duration.ofSeconds(60)))
                .as("a further call during a 30 s pause fails at once")
                .isNull();
        advance(Duration.ofSeconds(28));
        assertThat(pauses.before(a, null, Duration.ofSeconds(60))).isEqualTo(Duration.ofSeconds(2));
        assertThat(pauses.before(Pauses.key("TB", "users.info"), null, Duration.ofSeconds(60)))
                .as("another workspace is untouched")
                .isZero();
        assertThat(pauses.before(Pauses.key("TA", "chat.update"), null, Duration.ofSeconds(60)))
                .as("and so is another method")
                .isZero();
    }

    @Test
    void onlyTwoThreadsOfAWorkspaceWaitForAMethodAtOnce() {
        pauses.refused(a, Duration.ofSeconds(1));
        assertThat(pauses.before(a, null, Duration.ofSeconds(60))).isNotNull();
        assertThat(pauses.before(a, null, Duration.ofSeconds(60))).isNotNull();
        assertThat(pauses.before(a, Duration.ofSeconds(1), Duration.ofSeconds(60)))
                .as("a third fails at once")
                .isNull();
        assertThat(pauses.sleeping()).isEqualTo(2);
    }

    @Test
    void aWorkspaceRefusedForTenSecondsWithoutASuccessIsNotWaitedForAnyMore() {
        for (int i = 0; i < 11; i++) {
            pauses.refused(a, Duration.ofSeconds(1));
            advance(Duration.ofMillis(999));
        }
        pauses.refused(a, Duration.ofSeconds(1));
        assertThat(pauses.before(a, Duration.ofSeconds(1), Duration.ofSeconds(60)))
                .isNull();
        pauses.answered(a);
        assertThat(pauses.before(a, null, Duration.ofSeconds(60)))
                .as("a success ends it")
                .isZero();
        pauses.refused(a, Duration.ofSeconds(1));
        assertThat(pauses.before(a, Duration.ofSeconds(1), Duration.ofSeconds(60)))
                .as("a new refusal is waited for again")
                .isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aStray429LongAfterTheLastIsNotTakenForARefusingSlack() {
        pauses.refused(a, Duration.ofSeconds(1));
        advance(Duration.ofMinutes(5));
        pauses.refused(a, Duration.ofSeconds(1));
        assertThat(pauses.before(a, Duration.ofSeconds(1), Duration.ofSeconds(60)))
                .isEqualTo(Duration.ofSeconds(1));
    }

    private void advance(Duration d) {
        now.addAndGet(d.toNanos());
    }
}
