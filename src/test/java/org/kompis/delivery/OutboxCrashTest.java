package org.kompis.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kompis.storage.Database;
import org.kompis.testing.FakeSlack;
import org.kompis.testing.Sql;

/**
 * A restart in the middle of a fan-out, for real: the sender runs in a child JVM that is killed with SIGKILL
 * half-way, and a new one finishes on the same database. Nothing is lost; a channel gets a second post only if
 * its row was left "sending" without a ts.
 */
class OutboxCrashTest {
    private static final int CHANNELS = 400;

    @TempDir
    Path dir;

    @Test
    void killedHalfWayAndRestartedNothingIsLostAndOnlyUncertainRowsRepeat() throws Exception {
        String db = "jdbc:sqlite:" + dir.resolve("crash.db");
        try (FakeSlack slack = new FakeSlack()) {
            try (Database d = Database.open(db)) {
                SenderProcess.enqueue(d.jdbi(), "weekly:crash-test", CHANNELS);
            }
            Process first = SenderProcess.spawn(db, slack.apiUrl(), 100, dir.resolve("first.log"));
            long deadline = System.currentTimeMillis() + 60_000;
            while (slack.calls("chat.postMessage").size() < CHANNELS / 2) {
                assertThat(first.isAlive())
                        .as("the first sender is still running")
                        .isTrue();
                assertThat(System.currentTimeMillis()).isLessThan(deadline);
                Thread.sleep(5);
            }
            first.destroyForcibly();
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
            int postedAtKill = slack.calls("chat.postMessage").size();
            int uncertain;
            try (Database d = Database.open(db)) {
                uncertain = Sql.count(d.jdbi(), "select count(*) from outbox where status = 'sending' and ts is null");
                assertThat(Sql.count(d.jdbi(), "select count(*) from outbox where status = 'pending'"))
                        .as("work left")
                        .isPositive();
            }
            Process second = SenderProcess.spawn(db, slack.apiUrl(), 100, dir.resolve("second.log"));
            assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(second.exitValue()).isZero();

            Map<String, Long> perChannel = slack.calls("chat.postMessage").stream()
                    .collect(Collectors.groupingBy(c -> c.param("channel"), Collectors.counting()));
            assertThat(perChannel).as("every channel got its post").hasSize(CHANNELS);
            long duplicates = perChannel.values().stream().mapToLong(n -> n - 1).sum();
            assertThat(duplicates)
                    .as("duplicates (killed at %d posts, %d rows uncertain)", postedAtKill, uncertain)
                    .isLessThanOrEqualTo(uncertain);
            perChannel.forEach((channel, n) -> assertThat(n).as(channel).isLessThanOrEqualTo(2));
            try (Database d = Database.open(db)) {
                assertThat(Sql.count(d.jdbi(), "select count(*) from outbox where status = 'sent' and ts is not null"))
                        .isEqualTo(CHANNELS);
                assertThat(Sql.count(d.jdbi(), "select count(*) from outbox where error like 'uncertain%'"))
                        .isEqualTo(uncertain);
            }
        }
    }
}
