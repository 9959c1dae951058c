package org.kompis.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kompis.lessons.LessonsRig.search;
import static org.kompis.lessons.LessonsRig.waitFor;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kompis.testing.Payloads;
import org.kompis.testing.Sql;
import org.kompis.testing.TestApp;

/**
 * Lessons from each source reach the library through the real flows, with the rituals as {@code Rituals.all()}
 * wires them: a closed after-action review and a finished six hats exercise are found with {@code /lessons}.
 */
class RitualLessonsTest {
    static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aClosedReviewsLessonsAreFound() {
        String title = "Launch of the new intranet";
        app.command(TestApp.MANAGER, "/aar", title);
        waitFor(() -> Sql.count(
                        app.kit().jdbi(),
                        "select count(*) from aar_reviews where message_ts is not null and title = ?",
                        title)
                == 1);
        long id = Sql.one(app.kit().jdbi(), "select id from aar_reviews where title = ?", Long.class, title);
        String root = Sql.one(app.kit().jdbi(), "select message_ts from aar_reviews where id = ?", String.class, id);
        answer(id, TestApp.KARI, "The login failed for an hour", "Test the login with real accounts");
        answer(id, TestApp.SVEN, "Many calls to the helpdesk", "Tell the helpdesk first");

        app.action(TestApp.MANAGER, root, "aar_close", String.valueOf(id));
        waitFor(() -> Sql.count(app.kit().jdbi(), "select count(*) from lessons where source = 'aar'") == 3);
        assertThat(Sql.strings(app.kit().jdbi(), "select category from lessons where source = 'aar'"))
                .containsOnly("on_the_job");
        assertThat(Sql.strings(app.kit().jdbi(), "select permalink from lessons where source = 'aar'"))
                .allSatisfy(link -> assertThat(link).contains("/archives/" + TestApp.CHANNEL + "/p"));

        String found = search(app, TestApp.EMMA, "login accounts source:aar");
        assertThat(found)
                .contains(
                        "*" + title + "*",
                        "Test the login with real accounts",
                        "by Kari Nordmann",
                        "After-action review",
                        "Open");
        assertThat(search(app, TestApp.OLA, "helpdesk")).contains("Tell the helpdesk first", "by Sven Karlsson");
        // Closing again (a double click) stores nothing twice.
        app.action(TestApp.MANAGER, root, "aar_close", String.valueOf(id));
        LessonsRig.settle(app);
        assertThat(Sql.count(app.kit().jdbi(), "select count(*) from lessons where source = 'aar'"))
                .isEqualTo(3);
    }

    private static void answer(long review, String user, String actual, String better) {
        var r = app.submit(
                user,
                "aar_answer_modal",
                String.valueOf(review),
                Payloads.values("q_actual", "text", Payloads.text(actual), "q_better", "text", Payloads.text(better)));
        assertThat(r.statusCode()).isEqualTo(200);
        waitFor(() -> Sql.count(
                        app.kit().jdbi(),
                        "select count(*) from aar_answers where review_id = ? and user_id = ? "
                                + "and reply_ts is not null",
                        review,
                        user)
                == 1);
    }

    @Test
    void aFinishedSixHatsExercisesLessonIsFound() {
        String topic = "Should we try a four-day week?";
        app.command(TestApp.KARI, "/sixhats", topic);
        waitFor(() -> Sql.count(
                        app.kit().jdbi(),
                        "select count(*) from sixhats_exercises where topic = ? and message_ts is not null",
                        topic)
                == 1);
        long id = Sql.one(app.kit().jdbi(), "select id from sixhats_exercises where topic = ?", Long.class, topic);
        String root =
                Sql.one(app.kit().jdbi(), "select message_ts from sixhats_exercises where id = ?", String.class, id);
        for (String user : List.of(TestApp.KARI, TestApp.EMMA, TestApp.OLA)) {
            app.action(user, root, "sixhats_join", String.valueOf(id));
            LessonsRig.settle(app);
        }
        app.action(TestApp.KARI, root, "sixhats_start", String.valueOf(id));
        LessonsRig.settle(app);
        for (String user : List.of(TestApp.KARI, TestApp.EMMA, TestApp.OLA)) {
            app.submit(
                    user,
                    "sixhats_write_modal",
                    String.valueOf(id),
                    Payloads.values("keywords", "keywords", Payloads.text("energy on fridays " + user)));
        }
        LessonsRig.settle(app);
        app.action(TestApp.KARI, root, "sixhats_finish", String.valueOf(id));
        LessonsRig.settle(app);
        app.submit(
                TestApp.KARI,
                "sixhats_conclusion_modal",
                String.valueOf(id),
                Payloads.values(
                        "decide",
                        "decide",
                        Payloads.text("Try it in one unit for three months"),
                        "next",
                        "next",
                        Payloads.text("Kari asks HR by Friday")));
        waitFor(() -> Sql.count(app.kit().jdbi(), "select count(*) from lessons where source = 'sixhats'") == 1);
        assertThat(Sql.one(app.kit().jdbi(), "select author_id from lessons where source = 'sixhats'", String.class))
                .isEqualTo(TestApp.KARI);
        assertThat(Sql.one(app.kit().jdbi(), "select participants from lessons where source = 'sixhats'", String.class))
                .contains(TestApp.EMMA, TestApp.OLA);

        String found = search(app, TestApp.SVEN, "one unit source:sixhats");
        assertThat(found)
                .contains(
                        "*" + topic + "*",
                        "Try it in one unit for three months",
                        "Sex tänkande hattar",
                        "av Kari Nordmann",
                        "- energy on fridays");
        // Three people wore three hats: the three hats nobody wrote under are left out of the lesson.
        String text = Sql.one(app.kit().jdbi(), "select text from lessons where source = 'sixhats'", String.class);
        assertThat(text.lines().filter(l -> l.endsWith(" hat:"))).hasSize(3);
        assertThat(search(app, TestApp.SVEN, "fridays")).contains(topic);
    }
}
