package org.kompis.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kompis.testing.Sql;
import org.kompis.testing.TestApp;

/**
 * Guarantee 12: a click on "Answer" always gets an answer. A busy Slack (429 with Retry-After, 500) gets one more
 * try within the trigger's 3 s; if that fails too, or the trigger expired, the person is told to click again.
 * Before: {@code views.open} was tried once, and a failure opened nothing and said nothing.
 */
class ClickAnswerTest {
    static TestApp app;
    static long prompt;
    static String ts;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        app.command(TestApp.KARI, "/reflect", "now");
        prompt = Eventual.value(() -> Sql.one(
                app.kit().jdbi(), "select max(id) from reflection_prompts where message_ts is not null", Long.class));
        ts = Sql.one(app.kit().jdbi(), "select message_ts from reflection_prompts where id = ?", String.class, prompt);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aRateLimitedOpenIsTriedOnceMoreWithinTheTriggersLife() {
        int before = app.slack.calls("views.open").size();
        app.slack.failNext("views.open", 429, 1, 1);
        app.action(TestApp.SVEN, TestApp.CHANNEL, ts, "reflect_answer", String.valueOf(prompt), "ratelimited");
        Eventual.value(() -> app.slack.calls("views.open").size() == before + 2 ? true : null);
        sleepQuietly(300);
        assertThat(app.slack.calls("response_url").stream().filter(c -> "ratelimited".equals(c.param("id"))))
                .isEmpty();
    }

    @Test
    void anOpenThatFailsTwiceTellsThePersonToClickAgain() {
        app.slack.failNext("views.open", 500, 0, 2);
        app.action(TestApp.EMMA, TestApp.CHANNEL, ts, "reflect_answer", String.valueOf(prompt), "twice");
        assertThat(app.reply("twice")).contains("did not open the form in time").contains("ephemeral");
    }

    @Test
    void anExpiredTriggerTellsThePersonToTryAgain() {
        app.slack.errorNext("views.open", "expired_trigger_id");
        app.action(TestApp.KARI, TestApp.CHANNEL, ts, "reflect_answer", String.valueOf(prompt), "expired");
        assertThat(app.reply("expired")).contains("skjemaet i tide");
    }

    private static void sleepQuietly(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
