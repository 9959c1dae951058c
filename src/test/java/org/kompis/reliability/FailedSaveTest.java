package org.kompis.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kompis.testing.Faults;
import org.kompis.testing.Payloads;
import org.kompis.testing.Sql;
import org.kompis.testing.TestApp;

/**
 * Guarantee 1: a form whose save fails (here the database refuses every write, as a full disk does) stays open with
 * an error in the person's language, so what they wrote is not lost; once the database works, the same form saves.
 * Before: the listener's exception became an empty 200, which closes the modal, and the text was gone.
 */
class FailedSaveTest {
    static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @AfterEach
    void heal() {
        Faults.allowWrites(app.kit().jdbi());
    }

    @Test
    void aReflectionAnswerThatCannotBeSavedKeepsTheFormOpen() {
        app.command(TestApp.KARI, "/reflect", "now");
        long prompt = Eventual.value(() -> Sql.one(
                app.kit().jdbi(), "select max(id) from reflection_prompts where message_ts is not null", Long.class));
        var values = Payloads.values(
                "answer",
                "text",
                Payloads.text("Spør tidlig om hjelp."),
                "share",
                "share",
                Payloads.options("share"),
                "anonymous",
                "anonymous",
                Payloads.options());

        Faults.refuseWrites(app.kit().jdbi());
        HttpResponse<String> refused = app.submit(TestApp.KARI, "reflect_answer", prompt + "|nb", values);
        assertKeptOpen(refused, "answer", "kunne ikke lagres");

        Faults.allowWrites(app.kit().jdbi());
        HttpResponse<String> saved = app.submit(TestApp.KARI, "reflect_answer", prompt + "|nb", values);
        assertThat(saved.body()).contains("\"response_action\":\"update\"");
        assertThat(Sql.count(app.kit().jdbi(), "select count(*) from reflection_answers where prompt_ref = ?", prompt))
                .isEqualTo(1);
    }

    @Test
    void anAfterActionReviewAnswerThatCannotBeSavedKeepsTheFormOpen() {
        app.command(TestApp.MANAGER, "/aar", "Flytting av servicetorget");
        long review = Eventual.value(() ->
                Sql.one(app.kit().jdbi(), "select max(id) from aar_reviews where message_ts is not null", Long.class));
        var values = Payloads.values("q_expected", "text", Payloads.text("Alle skulle flytte på fredag."));

        Faults.refuseWrites(app.kit().jdbi());
        assertKeptOpen(
                app.submit(TestApp.SVEN, "aar_answer_modal", String.valueOf(review), values),
                "q_expected",
                "inte att spara");
        assertThat(Sql.count(app.kit().jdbi(), "select count(*) from aar_answers where review_id = ?", review))
                .isZero();
    }

    @Test
    void aLessonThatCannotBeSavedKeepsTheFormOpen() {
        var values = Payloads.values("text", "text", Payloads.text("Book the room a week ahead."));
        Faults.refuseWrites(app.kit().jdbi());
        assertKeptOpen(
                app.submit(TestApp.EMMA, "lessons_add_modal", TestApp.CHANNEL, values), "text", "could not be saved");
    }

    private static void assertKeptOpen(HttpResponse<String> r, String block, String text) {
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body())
                .contains("\"response_action\":\"errors\"")
                .contains("\"" + block + "\"")
                .contains(text)
                .doesNotContain("Exception")
                .doesNotContain("at org.");
    }
}
