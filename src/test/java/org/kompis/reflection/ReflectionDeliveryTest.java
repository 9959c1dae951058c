package org.kompis.reflection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kompis.testing.FakeSlack;
import org.kompis.testing.Sql;
import org.kompis.testing.TestApp;

/** Prompts through the outbox when Slack answers 429, 500 or channel_not_found; the one reminder in the thread. */
class ReflectionDeliveryTest {
    static final Instant FRIDAY_10_OSLO = Instant.parse("2026-11-20T09:00:00Z");
    static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start("reflection:\n  reminder_hours: 2\n", FRIDAY_10_OSLO);
        app.slack.channel("C0HALF", TestApp.KARI, TestApp.EMMA);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** Waits until nothing is on its way, so a scripted failure hits the post the test means. */
    @BeforeEach
    void quiet() {
        app.clock.set(FRIDAY_10_OSLO);
        long deadline = System.currentTimeMillis() + 5000;
        while (Sql.count(app.kit().jdbi(), "select count(*) from outbox where status in ('pending', 'sending')") > 0) {
            assertThat(System.currentTimeMillis()).isLessThan(deadline);
            ReflectionFlowTest.sleep(20);
        }
    }

    static long posts(String channel) {
        return app.slack.calls("chat.postMessage").stream()
                .filter(c -> channel.equals(c.param("channel")))
                .count();
    }

    static String ts(String channel) {
        long deadline = System.currentTimeMillis() + 5000;
        while (System.currentTimeMillis() < deadline) {
            var ts = Sql.strings(
                    app.kit().jdbi(),
                    "select message_ts from reflection_prompts where channel_id = ? and message_ts is not null",
                    channel);
            if (!ts.isEmpty()) {
                return ts.get(0);
            }
            ReflectionFlowTest.sleep(20);
        }
        throw new AssertionError("no prompt ts recorded in " + channel);
    }

    @Test
    void aRateLimitIsWaitedOutAndThePromptPostedOnce() {
        app.slack.failNext("chat.postMessage", 429, 1, 1);
        app.command(TestApp.EMMA, "C0RATE", "/reflect", "now");
        ts("C0RATE");
        assertThat(posts("C0RATE")).as("one 429, then the post").isEqualTo(2);
        assertThat(Sql.one(
                        app.kit().jdbi(),
                        "select status || ' ' || attempts from outbox where channel_id = 'C0RATE'",
                        String.class))
                .isEqualTo("sent 1");
    }

    /** Guarantee 3: a prompt Slack may have posted (a 500) is not posted again; whoever asked for it is told. */
    @Test
    void aServerErrorLeavesThePromptUncertainNotPostedTwiceAndTheAskerIsTold() {
        app.slack.failNext("chat.postMessage", 500, 0, 2);
        app.command(TestApp.EMMA, "C0FIVE", "/reflect", "now");
        FakeSlack.Call dm = app.slack.await(
                "chat.postMessage",
                c -> String.valueOf(c.param("text")).contains("C0FIVE")
                        && c.param("channel").startsWith("G"));
        assertThat(dm.param("text")).contains("cannot tell whether it arrived").contains("/reflect now");
        for (int i = 0; i < 5; i++) {
            app.clock.advance(Duration.ofMinutes(2));
            app.kit().outbox().nudge();
            ReflectionFlowTest.sleep(50);
        }
        assertThat(posts("C0FIVE")).isEqualTo(1);
        assertThat(Sql.one(
                        app.kit().jdbi(),
                        "select status || ' ' || error from outbox where channel_id = 'C0FIVE'",
                        String.class))
                .isEqualTo("failed uncertain: http_500");
    }

    @Test
    void aChannelThatIsGonePausesTheScheduleAndTellsTheManagerByDm() {
        app.command(TestApp.MANAGER, "C0GONE", "/reflect", "schedule fre 10:05");
        app.slack.await("response_url", c -> c.param("body").contains("10:05"));
        app.slack.errorNext("chat.postMessage", "channel_not_found");
        app.clock.set(Instant.parse("2026-11-20T09:05:00Z"));
        app.kit().scheduler().runDue();
        FakeSlack.Call open =
                app.slack.await("conversations.open", c -> c.param("users").contains(TestApp.MANAGER));
        FakeSlack.Call dm =
                app.slack.await("chat.postMessage", c -> c.param("channel").startsWith("G"));
        assertThat(dm.param("text")).contains("kanalen finnes ikke lenger").contains("satt kanalens tidsplan på pause");
        assertThat(open).isNotNull();
        assertThat(Sql.count(app.kit().jdbi(), "select paused from schedules where channel_id = 'C0GONE'"))
                .isEqualTo(1);
        assertThat(Sql.one(
                        app.kit().jdbi(),
                        "select status || ' ' || error from outbox where channel_id = 'C0GONE'",
                        String.class))
                .isEqualTo("failed channel_not_found");
        ReflectionFlowTest.sleep(500);
        assertThat(posts("C0GONE")).as("no retry").isEqualTo(1);
    }

    @Test
    void oneReminderInTheThreadWhenFewerThanHalfAnswered() {
        app.command(TestApp.EMMA, TestApp.CHANNEL, "/reflect", "now");
        String ts = ts(TestApp.CHANNEL);
        long id = ReflectionFlowTest.promptId(app, ts);
        app.submit(
                TestApp.KARI, "reflect_answer", id + "|nb", ReflectionFlowTest.answer("Noe nytt.", false, false, ""));
        app.clock.advance(Duration.ofMinutes(119));
        app.kit().scheduler().runDue();
        app.clock.advance(Duration.ofMinutes(1));
        app.kit().scheduler().runDue();
        FakeSlack.Call reminder = app.slack.await("chat.postMessage", c -> ts.equals(c.param("thread_ts")));
        assertThat(reminder.param("text")).startsWith("There's still time to reflect");
        app.clock.advance(Duration.ofDays(1));
        app.kit().scheduler().runDue();
        ReflectionFlowTest.sleep(1500);
        assertThat(app.slack.calls("chat.postMessage").stream().filter(c -> ts.equals(c.param("thread_ts"))))
                .hasSize(1);
        assertThat(app.slack.calls("conversations.open").stream()
                        .filter(c -> !c.param("users").contains(TestApp.MANAGER)))
                .as("reflection never DMs")
                .isEmpty();
    }

    @Test
    void noReminderWhenHalfTheChannelAnswered() {
        app.command(TestApp.EMMA, "C0HALF", "/reflect", "now");
        String ts = ts("C0HALF");
        long id = ReflectionFlowTest.promptId(app, ts);
        app.submit(
                TestApp.KARI, "reflect_answer", id + "|nb", ReflectionFlowTest.answer("Noe nytt.", false, false, ""));
        app.clock.advance(Duration.ofHours(3));
        app.kit().scheduler().runDue();
        assertThat(Sql.count(
                        app.kit().jdbi(),
                        "select count(*) from timers where kind = 'reflect-remind' and ref = ? and fired_at is not null",
                        String.valueOf(id)))
                .isEqualTo(1);
        ReflectionFlowTest.sleep(1500);
        assertThat(app.slack.calls("chat.postMessage").stream().filter(c -> ts.equals(c.param("thread_ts"))))
                .isEmpty();
    }
}
