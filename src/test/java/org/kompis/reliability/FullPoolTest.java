package org.kompis.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.kompis.testing.FakeSlack;
import org.kompis.testing.Payloads;
import org.kompis.testing.Sql;
import org.kompis.testing.TestApp;
import org.kompis.workers.CurrentWorkspace;
import org.kompis.workers.Workers;

/**
 * Guarantee 13, a full worker pool (the workspace's workers busy and its queue full): nothing is dropped silently. A settings form stays open with "busy, try again", a
 * slash command gets "busy" in its acknowledgement, a click gets it in private (before: nothing at all), and an event
 * (acknowledged at once, as Slack needs) is handled on the request's own thread. Before: the event was recorded in
 * event_inbox, its handler refused by the pool, and Slack's retry would have been taken for a repeat.
 */
class FullPoolTest {
    @Test
    void whenEveryWorkerIsBusyNothingIsDroppedSilently() throws Exception {
        try (TestApp app = TestApp.start()) {
            app.reply(app.command(TestApp.MANAGER, "/pairs", "buddies on <@UEMMA>"));
            app.reply(app.command(TestApp.KARI, "/kompis", "language nb"));
            app.reply(app.command(TestApp.KARI, "/pairs", "join"));
            app.reply(app.command(TestApp.OLA, "/pairs", "join"));
            app.reply(app.command(TestApp.MANAGER, "/pairs", "now"));
            long group =
                    Eventual.value(() -> Sql.one(app.kit().jdbi(), "select max(id) from pairs_groups", Long.class));
            CountDownLatch gate = new CountDownLatch(1);
            fill(app.kit().workers(), gate);

            JsonObject time = new JsonObject();
            time.addProperty("type", "timepicker");
            time.addProperty("selected_time", "10:30");
            String form = app.submit(
                            TestApp.MANAGER,
                            "reflect_settings",
                            TestApp.CHANNEL + "|en",
                            Payloads.values(
                                    "day",
                                    "day",
                                    Payloads.option("FRIDAY"),
                                    "time",
                                    "time",
                                    time,
                                    "zone",
                                    "zone",
                                    Payloads.option("Europe/Oslo")))
                    .body();
            assertThat(form).contains("\"response_action\":\"errors\"").contains("very busy");
            // A slash command is answered in its acknowledgement, in the language the person chose.
            var command = app.signedPost(
                    Payloads.command("/reflect", "status", TestApp.KARI, TestApp.CHANNEL, app.slack.responseUrl("c")),
                    "application/x-www-form-urlencoded");
            assertThat(command.statusCode()).isEqualTo(200);
            assertThat(command.body()).contains("Kompis har mye å gjøre akkurat nå");
            // A click's work cannot start: the person is told in private, in their language (sv-SE), to click again.
            assertThat(app.action(TestApp.SVEN, TestApp.CHANNEL, "1700000000.000200", "lessons_more", "5|plan", "click")
                            .statusCode())
                    .isEqualTo(200);
            assertThat(app.reply("click")).contains("Kompis har mycket att göra just nu");
            // Forms whose next step needs a worker stay open as typed: a search (it would say "searching" for ever)
            // and what someone learned in a pair (it would never reach the library). Before: both closed.
            assertThat(app.submit(
                                    TestApp.EMMA,
                                    "lessons_search_modal",
                                    "",
                                    Payloads.values("query", "query", Payloads.text("plan")))
                            .body())
                    .contains("\"response_action\":\"errors\"")
                    .contains("very busy");
            assertThat(app.submit(
                                    TestApp.OLA,
                                    "pairs_learn_modal",
                                    String.valueOf(group),
                                    Payloads.values("learned", "learned", Payloads.text("Ask the archive first.")))
                            .body())
                    .contains("\"response_action\":\"errors\"")
                    .contains("very busy");
            // The event is acknowledged (Slack must hear back within 3 s) and, with no worker free, handled on the
            // request's own thread: the newcomer gets their buddy while every worker is still busy.
            assertThat(app.event("Ev-sven-joined", joined()).statusCode()).isEqualTo(200);
            Eventual.value(() -> Sql.one(
                    app.kit().jdbi(),
                    "select max(buddy) from pairs_buddies where newcomer = ?",
                    String.class,
                    TestApp.SVEN));
            assertThat(Sql.one(
                            app.kit().jdbi(),
                            "select buddy from pairs_buddies where newcomer = ?",
                            String.class,
                            TestApp.SVEN))
                    .isEqualTo(TestApp.EMMA);
            gate.countDown();
        }
    }

    /**
     * Every worker waits at the gate (the workspace is alone, so it may hold them all) and the workspace's queue is
     * full: its next task is refused. Filled until every worker runs one of ours: when other work (the command's, a start-up job) ended after a fill, its
     * thread took a queued task and left a free place, and the form was accepted instead of refused.
     */
    private static void fill(Workers pool, CountDownLatch gate) throws InterruptedException {
        AtomicInteger waiting = new AtomicInteger();
        Runnable wait = () -> {
            waiting.incrementAndGet();
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        long deadline = System.currentTimeMillis() + 10_000;
        try (CurrentWorkspace.Scope ignored = CurrentWorkspace.enter(FakeSlack.TEAM)) {
            while (true) {
                try {
                    while (true) {
                        pool.execute(wait);
                    }
                } catch (RejectedExecutionException full) {
                    // full for now
                }
                if (waiting.get() >= Workers.THREADS) {
                    return;
                }
                if (System.currentTimeMillis() > deadline) {
                    throw new AssertionError("the workspace's workers never filled with waiting tasks");
                }
                Thread.sleep(10);
            }
        }
    }

    private static JsonObject joined() {
        JsonObject e = new JsonObject();
        e.addProperty("type", "member_joined_channel");
        e.addProperty("user", TestApp.SVEN);
        e.addProperty("channel", TestApp.CHANNEL);
        e.addProperty("channel_type", "C");
        e.addProperty("team", FakeSlack.TEAM);
        e.addProperty("event_ts", "1700000000.000100");
        return e;
    }
}
