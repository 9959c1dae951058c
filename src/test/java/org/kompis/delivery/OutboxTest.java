package org.kompis.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kompis.slack.Blocks;
import org.kompis.slack.SlackGateway;
import org.kompis.storage.Database;
import org.kompis.testing.FakeSlack;
import org.kompis.testing.Sql;
import org.kompis.testing.TestClock;
import org.kompis.testing.TestDatabases;

/** The outbox against the fake Slack: once per row, in order per channel, 429 and 5xx, permanent errors, restart. */
class OutboxTest {
    @TempDir
    Path dir;

    Database db;
    FakeSlack slack;
    SlackGateway gateway;
    TestClock clock = new TestClock(Instant.parse("2026-11-20T08:00:00Z"));
    FakeTime time = new FakeTime();
    Outbox outbox;
    List<String> sentTs = new CopyOnWriteArrayList<>();
    Map<Long, String> failures = new ConcurrentHashMap<>();
    List<Double> postedAt = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() {
        db = Database.open(TestDatabases.fresh(dir, "k.db"));
        slack = new FakeSlack();
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.apiUrl());
        config.setStatsEnabled(false);
        gateway = new SlackGateway(Slack.getInstance(config), t -> FakeSlack.BOT_TOKEN);
    }

    @AfterEach
    void close() {
        if (outbox != null) {
            outbox.close();
        }
        slack.close();
        db.close();
    }

    private Outbox outbox(double perSecond) {
        outbox = new Outbox(db.jdbi(), gateway, clock, perSecond, Duration.ofSeconds(1), time, time, 4);
        outbox.register("test", new Delivery() {
            @Override
            public Message render(OutboxRow row) {
                postedAt.add(time.seconds());
                return new Message("post " + row.ref(), List.of(Blocks.section("post " + row.ref())));
            }

            @Override
            public void sent(Handle h, OutboxRow row, String ts) {
                sentTs.add(ts);
            }

            @Override
            public void failed(OutboxRow row, String error) {
                failures.put(row.id(), error);
            }
        });
        return outbox;
    }

    private void enqueue(String run, String channel, String ref) {
        db.jdbi().useHandle(h -> outbox.enqueue(h, new Post("T1", run, channel, null, "test", ref)));
    }

    private List<FakeSlack.Call> posts() {
        return slack.calls("chat.postMessage");
    }

    @Test
    void postsEveryRowOnceAndRecordsSlacksTs() {
        outbox(50);
        db.jdbi().useTransaction(h -> {
            for (int i = 0; i < 40; i++) {
                outbox.enqueue(h, new Post("T1", "run-1", "C" + i, null, "test", "r" + i));
            }
            outbox.enqueue(h, new Post("T1", "run-1", "C0", null, "test", "again"));
        });
        outbox.start();
        await(() -> Sql.count(db.jdbi(), "select count(*) from outbox where status = 'sent'") == 40);
        Map<String, Long> perChannel =
                posts().stream().collect(Collectors.groupingBy(c -> c.param("channel"), Collectors.counting()));
        assertThat(perChannel)
                .hasSize(40)
                .allSatisfy((c, n) -> assertThat(n).as(c).isEqualTo(1));
        assertThat(Sql.strings(db.jdbi(), "select ts from outbox order by ts"))
                .containsExactlyInAnyOrderElementsOf(sentTs);
        assertThat(Sql.count(db.jdbi(), "select count(*) from outbox where ts is null"))
                .isZero();
    }

    @Test
    void aChannelsPostsGoInOrderAtLeastASecondApart() {
        outbox(100).start();
        for (int i = 0; i < 4; i++) {
            enqueue("run-" + i, "C1", "p" + i);
        }
        outbox.nudge();
        await(() -> posts().size() == 4);
        assertThat(posts())
                .extracting(c -> c.param("text"))
                .containsExactly("post p0", "post p1", "post p2", "post p3");
        for (int i = 1; i < postedAt.size(); i++) {
            assertThat(postedAt.get(i) - postedAt.get(i - 1)).isGreaterThanOrEqualTo(0.999);
        }
    }

    @Test
    void aWorkspaceCapHoldsTheFanOutToItsRate() {
        org.junit.jupiter.api.Assumptions.assumeFalse(
                TestDatabases.postgresql(),
                "On PostgreSQL the rate is shared and adapts to Slack's answers: ReplicasTest covers it");
        outbox(20);
        db.jdbi().useTransaction(h -> {
            for (int i = 0; i < 100; i++) {
                outbox.enqueue(h, new Post("T1", "run-1", "C" + i, null, "test", "r" + i));
            }
        });
        outbox.start();
        await(() -> Sql.count(db.jdbi(), "select count(*) from outbox where status = 'sent'") == 100);
        // 20 saved up, then 20 a second: the 100th post is due 4 s in; never earlier.
        assertThat(postedAt.get(99)).isGreaterThanOrEqualTo(3.99);
        for (int i = 40; i < 100; i++) {
            assertThat(postedAt.get(i)).as("post %d", i).isGreaterThanOrEqualTo((i - 20) / 20.0 - 0.001);
        }
    }

    @Test
    void aRateLimitPausesTheWorkspaceForRetryAfterThenPostsOnce() {
        slack.failNext("chat.postMessage", 429, 7, 1);
        outbox(50).start();
        enqueue("run-1", "C1", "x");
        outbox.nudge();
        await(() -> Sql.count(db.jdbi(), "select count(*) from outbox where status = 'sent'") == 1);
        assertThat(posts()).hasSize(2);
        assertThat(postedAt.get(1)).as("the second try waited for Retry-After").isGreaterThanOrEqualTo(7.0);
        assertThat(Sql.count(db.jdbi(), "select attempts from outbox"))
                .as("a 429 is not the row's failure")
                .isEqualTo(1);
    }

    /**
     * Guarantee 3: a 5xx after the request was sent leaves the post's outcome unknown, and chat.postMessage has no
     * idempotency key: the row is kept as uncertain, its ritual is told, and it is never posted again. Before, the
     * row was retried with backoff until sent, and each try may have posted.
     */
    @Test
    void aServerErrorLeavesThePostUncertainAndItIsNotPostedAgain() {
        slack.failNext("chat.postMessage", 500, 0, 2);
        outbox(50).start();
        enqueue("run-1", "C1", "x");
        outbox.nudge();
        await(() -> "failed".equals(Sql.one(db.jdbi(), "select status from outbox", String.class)));
        assertThat(Sql.one(db.jdbi(), "select error from outbox", String.class)).isEqualTo("uncertain: http_500");
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofMinutes(5));
            outbox.nudge();
            sleep(50);
        }
        assertThat(posts()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"channel_not_found", "not_in_channel", "is_archived"})
    void aChannelErrorFailsTheRowAtOnceAndTellsTheRitual(String error) {
        slack.errorNext("chat.postMessage", error);
        outbox(50).start();
        enqueue("run-1", "C1", "x");
        outbox.nudge();
        await(() -> failures.size() == 1);
        assertThat(failures.values()).containsExactly(error);
        assertThat(Sql.one(db.jdbi(), "select status || ' ' || error from outbox", String.class))
                .isEqualTo("failed " + error);
        sleep(300);
        assertThat(posts()).as("never retried").hasSize(1);
    }

    /**
     * What a crash leaves: four rows posted and recorded, two claimed but never sent to Slack, one whose request had
     * gone out without the answer recorded, three untouched. The restart posts the two and the three; the one may be
     * in the channel already, so it is failed as uncertain and its ritual told, never posted blindly again.
     */
    @Test
    void aRestartPostsWhatNeverWentOutAndFailsWhatMayHaveAsUncertain() {
        outbox(50);
        for (int i = 0; i < 10; i++) {
            enqueue("run-1", "C" + i, "r" + i);
        }
        db.jdbi().useHandle(h -> {
            h.execute(
                    "update outbox set status = 'sent', ts = '1.' || id, attempts = 1 where channel_id in ('C0','C1','C2','C3')");
            h.execute("update outbox set status = 'sending', attempts = 1 where channel_id in ('C4','C5','C6')");
            h.execute("update outbox set posting_at = 1 where channel_id = 'C6'");
        });
        outbox.start();
        assertThat(outbox.recovered()).isEqualTo(3);
        await(() -> Sql.count(db.jdbi(), "select count(*) from outbox where status = 'sent'") == 9);
        await(() -> failures.size() == 1);
        assertThat(posts()).extracting(c -> c.param("channel")).containsExactlyInAnyOrder("C4", "C5", "C7", "C8", "C9");
        assertThat(Sql.strings(
                        db.jdbi(), "select ts from outbox where channel_id in ('C0','C1','C2','C3') order by id"))
                .containsExactly("1.1", "1.2", "1.3", "1.4");
        assertThat(Sql.one(
                        db.jdbi(), "select status || ' ' || error from outbox where channel_id = 'C6'", String.class))
                .isEqualTo("failed " + OutboxStore.UNCERTAIN);
        assertThat(failures.values()).containsExactly(OutboxStore.UNCERTAIN);
        assertThat(Sql.count(db.jdbi(), "select attempts from outbox where channel_id = 'C4'"))
                .as("a claim that never went out is not an attempt")
                .isEqualTo(1);
    }

    @Test
    void enqueuingTheSameRunAndChannelTwiceKeepsOneRow() {
        outbox(50);
        boolean first = db.jdbi().withHandle(h -> outbox.enqueue(h, new Post("T1", "run-1", "C1", null, "test", "a")));
        boolean second = db.jdbi().withHandle(h -> outbox.enqueue(h, new Post("T1", "run-1", "C1", null, "test", "b")));
        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(Sql.count(db.jdbi(), "select count(*) from outbox")).isEqualTo(1);
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + 15_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("condition not met in 15 s");
            }
            sleep(10);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
