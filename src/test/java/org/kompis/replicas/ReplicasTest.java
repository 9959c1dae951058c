package org.kompis.replicas;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kompis.cluster.Replica;
import org.kompis.delivery.Delivery;
import org.kompis.delivery.Message;
import org.kompis.delivery.Outbox;
import org.kompis.delivery.OutboxRow;
import org.kompis.delivery.Post;
import org.kompis.scheduling.Recurrence;
import org.kompis.scheduling.Scheduler;
import org.kompis.slack.Blocks;
import org.kompis.slack.SlackGateway;
import org.kompis.storage.Database;
import org.kompis.testing.FakeSlack;
import org.kompis.testing.Sql;
import org.kompis.testing.TestClock;
import org.kompis.testing.TestDatabases;

/**
 * Two and three Kompis replicas on one PostgreSQL database: every post once, spread over the replicas; a schedule's
 * run once per fire time; what a dead replica held taken over. Runs in the suite's PostgreSQL half only.
 */
class ReplicasTest {
    static final Recurrence FRIDAY_10 = Recurrence.weekly(
            java.time.DayOfWeek.FRIDAY,
            java.time.LocalTime.of(10, 0),
            java.time.ZoneId.of("Europe/Oslo"),
            1,
            org.kompis.scheduling.Holidays.NONE,
            java.time.LocalDate.of(2026, 1, 5));

    @TempDir
    Path dir;

    String url;
    final List<AutoCloseable> open = new ArrayList<>();
    FakeSlack slack;
    final List<String> failed = new CopyOnWriteArrayList<>();
    SlackGateway gateway;

    @BeforeEach
    void database() {
        Assumptions.assumeTrue(TestDatabases.postgresql(), "several replicas need PostgreSQL");
        url = TestDatabases.fresh(dir, "k.db");
        slack = new FakeSlack();
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.apiUrl());
        config.setStatsEnabled(false);
        gateway = new SlackGateway(Slack.getInstance(config), t -> FakeSlack.BOT_TOKEN);
    }

    @AfterEach
    void close() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
        if (slack != null) {
            slack.close();
            TestDatabases.release(url);
        }
    }

    private <T extends AutoCloseable> T keep(T closeable) {
        open.add(closeable);
        return closeable;
    }

    private Replica replica(Database db) {
        Replica r = keep(new Replica(db.jdbi()));
        r.start();
        return r;
    }

    private Outbox outbox(Database db, Replica replica) {
        Outbox outbox = keep(new Outbox(db.jdbi(), gateway, java.time.Clock.systemUTC(), 200, replica));
        outbox.register("test", new Delivery() {
            @Override
            public Message render(OutboxRow row) {
                return new Message("post " + row.ref(), List.of(Blocks.section("post " + row.ref())));
            }

            @Override
            public void sent(Handle h, OutboxRow row, String ts) {}

            @Override
            public void failed(OutboxRow row, String error) {
                failed.add(row.ref());
            }
        });
        return outbox;
    }

    private void enqueue(Database db, int channels) {
        db.jdbi().useTransaction(h -> {
            for (int i = 0; i < channels; i++) {
                new Outbox(db.jdbi(), gateway, java.time.Clock.systemUTC(), 1)
                        .enqueue(h, new Post("T1", "run-1", "C" + i, null, "test", "r" + i));
            }
        });
    }

    @Test
    void threeReplicasShareTheFanOutAndPostEachChannelOnce() {
        List<Database> dbs = List.of(keep(Database.open(url)), keep(Database.open(url)), keep(Database.open(url)));
        enqueue(dbs.get(0), 300);
        dbs.forEach(db -> outbox(db, replica(db)).start());
        await(() -> Sql.count(dbs.get(0).jdbi(), "select count(*) from outbox where status = 'sent'") == 300, 60);
        Map<String, Long> perChannel = slack.calls("chat.postMessage").stream()
                .collect(Collectors.groupingBy(c -> c.param("channel"), Collectors.counting()));
        assertThat(perChannel)
                .hasSize(300)
                .allSatisfy((channel, posts) -> assertThat(posts).as(channel).isEqualTo(1));
        assertThat(Sql.count(dbs.get(0).jdbi(), "select count(distinct claimer) from outbox"))
                .as("the replicas share the work")
                .isGreaterThanOrEqualTo(2);
    }

    /**
     * A replica that stops answering held five rows: three claimed and not yet sent to Slack, two whose requests had
     * gone out without the answer recorded. Within 30 s another replica posts the three, and fails the two as
     * uncertain (their ritual is told) instead of posting them blindly a second time.
     */
    @Test
    void postsOfAReplicaThatStopsAnsweringAreTakenOverWithinThirtySeconds() {
        Database db = keep(Database.open(url));
        enqueue(db, 5);
        long now = System.currentTimeMillis();
        db.jdbi().useHandle(h -> {
            h.execute("insert into replicas(id, started_at, seen_at) values ('killed', ?, ?)", now, now);
            h.execute("update outbox set status = 'sending', claimer = 'killed', attempts = 1");
            h.execute("update outbox set posting_at = ? where channel_id in ('C3', 'C4')", now);
        });
        outbox(db, replica(db)).start();
        sleep(1500);
        assertThat(slack.calls("chat.postMessage"))
                .as("a live replica's posts are its own")
                .isEmpty();
        // Its last check-in is now 21 s old: it is dead, whatever it was doing.
        db.jdbi().useHandle(h -> h.execute("update replicas set seen_at = ? where id = 'killed'", now - 21_000));
        await(() -> Sql.count(db.jdbi(), "select count(*) from outbox where status = 'sent'") == 3, 15);
        await(() -> failed.size() == 2, 5);
        sleep(500);
        assertThat(slack.calls("chat.postMessage"))
                .extracting(c -> c.param("channel"))
                .containsExactlyInAnyOrder("C0", "C1", "C2");
        assertThat(Sql.strings(
                        db.jdbi(),
                        "select channel_id || ' ' || error from outbox where status = 'failed' "
                                + "order by channel_id"))
                .containsExactly(
                        "C3 uncertain: Kompis stopped while posting it",
                        "C4 uncertain: Kompis stopped while posting it");
        assertThat(failed).containsExactlyInAnyOrder("r3", "r4");
    }

    @Test
    void aScheduleRunsOncePerFireTimeWhicheverOfThreeReplicasFiresIt() throws Exception {
        TestClock clock = new TestClock(Instant.parse("2026-11-20T09:00:00Z"));
        List<Instant> runs = new CopyOnWriteArrayList<>();
        List<Scheduler> schedulers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Database db = keep(Database.open(url));
            Scheduler s = keep(new Scheduler(db.jdbi(), clock, Duration.ofHours(6), false, replica(db)));
            s.onSchedule("reflect", (schedule, at) -> runs.add(at));
            s.start();
            schedulers.add(s);
        }
        schedulers.get(0).save("T1", "reflect", "C1", FRIDAY_10, "U1");
        clock.set(Instant.parse("2026-11-27T09:00:00Z"));
        List<CompletableFuture<Integer>> fired = schedulers.stream()
                .map(s -> CompletableFuture.supplyAsync(s::runDue))
                .toList();
        assertThat(fired.stream().mapToInt(CompletableFuture::join).sum()).isEqualTo(1);
        assertThat(runs).containsExactly(Instant.parse("2026-11-27T09:00:00Z"));
        assertThat(schedulers.stream().mapToInt(Scheduler::runDue).sum())
                .as("and never again")
                .isZero();
    }

    @Test
    void aRunADeadReplicaLeftHalfDoneIsRunAgainByOneOtherReplica() {
        TestClock clock = new TestClock(Instant.parse("2026-11-20T09:00:00Z"));
        List<Instant> runs = new CopyOnWriteArrayList<>();
        List<Scheduler> schedulers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Database db = keep(Database.open(url));
            Scheduler s = keep(new Scheduler(db.jdbi(), clock, Duration.ofHours(6), false, replica(db)));
            s.onSchedule("reflect", (schedule, at) -> runs.add(at));
            schedulers.add(s);
        }
        Database db = keep(Database.open(url));
        long id = schedulers.get(0).save("T1", "reflect", "C1", FRIDAY_10, "U1").id();
        long fire = Instant.parse("2026-11-27T09:00:00Z").toEpochMilli();
        long dead = System.currentTimeMillis() - 25_000;
        db.jdbi().useHandle(h -> {
            h.execute("insert into replicas(id, started_at, seen_at) values ('killed', ?, ?)", dead, dead);
            h.execute(
                    "insert into schedule_runs(schedule_id, fire_time, started_at, owner) values (?, ?, ?, 'killed')",
                    id,
                    fire,
                    dead);
        });
        int taken = schedulers.stream().mapToInt(Scheduler::takeOver).sum();
        assertThat(taken).isEqualTo(1);
        assertThat(runs).containsExactly(Instant.ofEpochMilli(fire));
        assertThat(Sql.count(db.jdbi(), "select count(*) from schedule_runs where finished_at is not null"))
                .isEqualTo(1);
        assertThat(schedulers.stream().mapToInt(Scheduler::takeOver).sum()).isZero();
    }

    private static void await(BooleanSupplier condition, int seconds) {
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not met in " + seconds + " s");
            }
            sleep(50);
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
