package org.kompis.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.kompis.testing.Eventually;
import org.kompis.testing.Payloads;
import org.kompis.testing.Sql;
import org.kompis.testing.TestApp;

/**
 * Guarantee 15: an anonymous lesson keeps only its day, not the minute it was written, so its time cannot be
 * matched with who was active then. Before: the exact millisecond was stored. (Anonymous reflection answers already
 * kept the day only.) A count that includes an anonymous answer shows only from five: "1 answer so far" appearing as a
 * colleague closes the form would say who wrote it. Before: the exact count, from one.
 */
class AnonymityTest {
    @Test
    void anAnonymousLessonKeepsOnlyItsDay() {
        try (TestApp app = TestApp.start()) {
            app.clock.advance(Duration.ofMinutes(137));
            app.submit(
                    TestApp.EMMA,
                    "lessons_add_modal",
                    TestApp.CHANNEL,
                    Payloads.values(
                            "text",
                            "text",
                            Payloads.text("Say what you do not know."),
                            "options",
                            "options",
                            Payloads.options("anonymous")));
            app.submit(
                    TestApp.OLA,
                    "lessons_add_modal",
                    TestApp.CHANNEL,
                    Payloads.values("text", "text", Payloads.text("Signed lesson.")));
            Eventually.eventually(() -> assertThat(Sql.count(app.kit().jdbi(), "select count(*) from lessons"))
                    .isEqualTo(2));
            long anonymous =
                    Sql.one(app.kit().jdbi(), "select created_at from lessons where author_id is null", Long.class);
            long signed =
                    Sql.one(app.kit().jdbi(), "select created_at from lessons where author_id is not null", Long.class);
            assertThat(anonymous % 86_400_000L).isZero();
            assertThat(signed % 86_400_000L).isNotZero();
        }
    }

    @Test
    void aCountThatIncludesAnAnonymousAnswerIsShownOnlyFromFive() {
        try (TestApp app = TestApp.start()) {
            app.command(TestApp.KARI, "/reflect", "now");
            long prompt = Eventual.value(() -> Sql.one(
                    app.kit().jdbi(),
                    "select max(id) from reflection_prompts where message_ts is not null",
                    Long.class));
            String ts = Sql.one(
                    app.kit().jdbi(), "select message_ts from reflection_prompts where id = ?", String.class, prompt);
            submit(app, TestApp.KARI, prompt, true);
            app.slack.await(
                    "chat.update",
                    c -> ts.equals(c.param("ts")) && c.param("blocks").contains("Fewer than 5 answers so far"));
            assertThat(app.slack.calls("chat.update"))
                    .noneMatch(c -> c.param("blocks").contains("1 answer so far"));
            for (String user : java.util.List.of(TestApp.SVEN, TestApp.EMMA, TestApp.OLA, TestApp.ASTRID)) {
                submit(app, user, prompt, false);
            }
            app.slack.await(
                    "chat.update",
                    c -> ts.equals(c.param("ts"))
                            && c.param("blocks").contains("5 answers so far")
                            && !c.param("blocks").contains("Fewer"));
        }
    }

    private static void submit(TestApp app, String user, long prompt, boolean anonymous) {
        var r = app.submit(
                user,
                "reflect_answer",
                prompt + "|nb",
                Payloads.values(
                        "answer",
                        "text",
                        Payloads.text("Et svar."),
                        "share",
                        "share",
                        Payloads.options(),
                        "anonymous",
                        "anonymous",
                        anonymous ? Payloads.options("anonymous") : Payloads.options()));
        assertThat(r.body()).contains("\"response_action\":\"update\"");
    }
}
