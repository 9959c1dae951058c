package org.kompis.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * half-way, and a new one finishes on the same database. No channel gets a second post: rows claimed but never sent
 * to Slack go out, and rows whose request was on its way at the kill (at most the posts in flight) are failed as
 * uncertain, not posted blindly again. Every channel either got its post once or has its row marked uncertain.
 */
class OutboxCrashTest {
    private static final int CHANNELS = 400;
    // SenderProcess's outbox: 16 posters with 4 permits each; only that many rows can be on their way at once.
    private static final int MAX_IN_FLIGHT = 64;

    @TempDir
    Path dir;

    @Test
    void killedHalfWayAndRestartedNothingIsPostedTwiceAndNothingIsSilentlyLost() throws Exception {
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
            int onTheirWay;
            int claimed;
            try (Database d = Database.open(db)) {
                onTheirWay = Sql.count(
                        d.jdbi(), "select count(*) from outbox where status = 'sending' and posting_at is not null");
                claimed = Sql.count(d.jdbi(), "select count(*) from outbox where status = 'sending'");
                assertThat(Sql.count(d.jdbi(), "select count(*) from outbox where status = 'pending'"))
                        .as("work left")
                        .isPositive();
            }
            assertThat(onTheirWay).as("rows on their way to Slack at the kill").isLessThanOrEqualTo(MAX_IN_FLIGHT);
            Process second = SenderProcess.spawn(db, slack.apiUrl(), 100, dir.resolve("second.log"));
            assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(second.exitValue()).isZero();

            Map<String, Long> perChannel = slack.calls("chat.postMessage").stream()
                    .collect(Collectors.groupingBy(c -> c.param("channel"), Collectors.counting()));
            perChannel.forEach((channel, n) -> assertThat(n)
                    .as(
                            "%s (killed at %d posts; %d rows claimed, %d on their way)",
                            channel, postedAtKill, claimed, onTheirWay)
                    .isEqualTo(1));
            try (Database d = Database.open(db)) {
                assertThat(Sql.count(d.jdbi(), "select count(*) from outbox where error like 'uncertain%'"))
                        .as("exactly the rows on their way at the kill are uncertain")
                        .isEqualTo(onTheirWay);
                assertThat(Sql.count(d.jdbi(), "select count(*) from outbox where status = 'sent' and ts is not null"))
                        .isEqualTo(CHANNELS - onTheirWay);
                List<String> unposted = new ArrayList<>();
                for (int i = 0; i < CHANNELS; i++) {
                    if (!perChannel.containsKey(SenderProcess.channel(i))) {
                        unposted.add(SenderProcess.channel(i));
                    }
                }
                if (!unposted.isEmpty()) {
                    assertThat(
                                    Sql.strings(
                                            d.jdbi(),
                                            "select channel_id from outbox where status = 'failed' and error like 'uncertain%'"))
                            .as("a channel without its post has its row marked uncertain")
                            .containsAll(unposted);
                }
            }
        }
    }
}
