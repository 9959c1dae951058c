package org.kompis.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kompis.testing.FakeSlack;
import org.kompis.testing.Payloads;
import org.kompis.testing.Sql;
import org.kompis.testing.TestApp;

/**
 * Guarantee 8: rights are checked when a form is sent, not only when it opens. FakeSlack takes an admin's flag away,
 * or a person out of a private channel, between the form opening and the form being sent. Before: the start and
 * settings forms were accepted (the refusal came later, as a message, and the form was gone), and an answer went into
 * the thread of a private channel its writer had been removed from.
 */
class RightsAtSubmitTest {
    static final String PRIVATE = "C0PRIVATE";
    TestApp app;

    @BeforeEach
    void start() {
        app = TestApp.start();
        app.slack.privateChannel(PRIVATE, TestApp.MANAGER, TestApp.KARI, TestApp.SVEN, TestApp.EMMA);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void anAdminWhoLostTheRightAfterOpeningTheStartFormIsRefusedAndTheFormStaysOpen() {
        app.command(TestApp.ADMIN, "/aar", "");
        app.slack.await("views.open", c -> c.param("view").contains("aar_start_modal"));
        app.slack.user(TestApp.ADMIN, "Erik Lund", "en-US", false);
        JsonObject values = Payloads.values(
                "title", "title", Payloads.text("Winter roads"), "deadline", "date", Payloads.date("2026-11-27"));

        assertKeptOpen(app.submit(TestApp.ADMIN, "aar_start_modal", TestApp.CHANNEL, values), "title", "Only managers");
        assertThat(Sql.count(app.kit().jdbi(), "select count(*) from aar_reviews"))
                .isZero();

        app.slack.user(TestApp.ADMIN, "Erik Lund", "en-US", true);
        assertThat(app.submit(TestApp.ADMIN, "aar_start_modal", TestApp.CHANNEL, values)
                        .body())
                .doesNotContain("errors");
        Eventual.value(() ->
                Sql.one(app.kit().jdbi(), "select max(id) from aar_reviews where title = 'Winter roads'", Long.class));
    }

    @Test
    void reflectionSettingsFromSomeoneNoLongerAnAdminAreRefusedInTheirLanguage() {
        app.command(TestApp.ADMIN, "/reflect", "schedule");
        app.slack.await("views.open", c -> c.param("view").contains("reflect_settings"));
        app.slack.user(TestApp.ADMIN, "Erik Lund", "sv-SE", false);
        JsonObject time = new JsonObject();
        time.addProperty("type", "timepicker");
        time.addProperty("selected_time", "10:30");
        JsonObject values = Payloads.values(
                "day",
                "day",
                Payloads.option("FRIDAY"),
                "time",
                "time",
                time,
                "zone",
                "zone",
                Payloads.option("Europe/Oslo"));

        assertKeptOpen(
                app.submit(TestApp.ADMIN, "reflect_settings", TestApp.CHANNEL + "|sv", values), "day", "Bara chefer");
        assertThat(Sql.count(app.kit().jdbi(), "select count(*) from schedules"))
                .isZero();
    }

    @Test
    void someoneRemovedFromAPrivateChannelCannotAnswerIntoItsThread() {
        app.command(TestApp.MANAGER, PRIVATE, "/reflect", "now");
        long prompt = Eventual.value(() -> Sql.one(
                app.kit().jdbi(),
                "select max(id) from reflection_prompts where message_ts is not null and channel_id = ?",
                Long.class,
                PRIVATE));
        JsonObject answer = Payloads.values(
                "answer",
                "text",
                Payloads.text("Vi bør spørre tidligere."),
                "share",
                "share",
                Payloads.options("share"),
                "anonymous",
                "anonymous",
                Payloads.options());
        app.slack.privateChannel(PRIVATE, TestApp.MANAGER, TestApp.SVEN, TestApp.EMMA);

        assertKeptOpen(
                app.submit(TestApp.KARI, "reflect_answer", prompt + "|nb", answer), "answer", "ikke lenger medlem");
        assertThat(Sql.count(app.kit().jdbi(), "select count(*) from reflection_answers"))
                .isZero();
        assertThat(app.submit(TestApp.SVEN, "reflect_answer", prompt + "|sv", answer)
                        .body())
                .contains("\"response_action\":\"update\"");
        assertThat(Sql.count(app.kit().jdbi(), "select count(*) from reflection_answers"))
                .isEqualTo(1);
    }

    @Test
    void anAfterActionReviewAnswerIsRefusedAfterRemovalFromItsChannelAndFromAnotherWorkspace() {
        app.command(TestApp.MANAGER, PRIVATE, "/aar", "Snow clearing");
        long review = Eventual.value(() -> Sql.one(
                app.kit().jdbi(),
                "select max(id) from aar_reviews where message_ts is not null and channel_id = ?",
                Long.class,
                PRIVATE));
        JsonObject values = Payloads.values("q_expected", "text", Payloads.text("Roads cleared by seven."));
        app.slack.privateChannel(PRIVATE, TestApp.MANAGER, TestApp.KARI, TestApp.EMMA);

        assertKeptOpen(
                app.submit(TestApp.SVEN, "aar_answer_modal", String.valueOf(review), values),
                "q_expected",
                "inte längre medlem");
        String fromElsewhere = Payloads.viewSubmission(TestApp.EMMA, "aar_answer_modal", String.valueOf(review), values)
                .replace(FakeSlack.TEAM, "T0ELSEWHERE");
        assertKeptOpen(
                app.signedPost(fromElsewhere, "application/x-www-form-urlencoded"), "q_expected", "another workspace");
        assertThat(Sql.count(app.kit().jdbi(), "select count(*) from aar_answers where review_id = ?", review))
                .isZero();
        assertThat(app.submit(TestApp.EMMA, "aar_answer_modal", String.valueOf(review), values)
                        .body())
                .doesNotContain("errors");
        assertThat(Sql.count(app.kit().jdbi(), "select count(*) from aar_answers where review_id = ?", review))
                .isEqualTo(1);
    }

    @Test
    void whenSlackCannotSayWhoIsInAPrivateChannelTheFormStaysOpenWithTryAgain() {
        app.command(TestApp.MANAGER, PRIVATE, "/reflect", "now");
        long prompt = Eventual.value(() -> Sql.one(
                app.kit().jdbi(),
                "select max(id) from reflection_prompts where message_ts is not null and channel_id = ?",
                Long.class,
                PRIVATE));
        app.slack.errorNext("conversations.members", "internal_error");
        JsonObject answer = Payloads.values(
                "answer",
                "text",
                Payloads.text("Ask early."),
                "share",
                "share",
                Payloads.options(),
                "anonymous",
                "anonymous",
                Payloads.options());

        assertKeptOpen(app.submit(TestApp.EMMA, "reflect_answer", prompt + "|en", answer), "answer", "try again");
        assertThat(app.submit(TestApp.EMMA, "reflect_answer", prompt + "|en", answer)
                        .body())
                .contains("\"response_action\":\"update\"");
    }

    /** Before: the learning went into the private channel's library and the profile was saved after removal. */
    @Test
    void pairsLearnedAndProfileFormsAreRefusedAfterRemovalFromThePrivateChannel() {
        app.reply(app.command(TestApp.KARI, PRIVATE, "/pairs", "join"));
        app.reply(app.command(TestApp.EMMA, PRIVATE, "/pairs", "join"));
        app.reply(app.command(TestApp.MANAGER, PRIVATE, "/pairs", "now"));
        long group = Eventual.value(() -> Sql.one(
                app.kit().jdbi(),
                "select max(g.id) from pairs_groups g join pairs_rounds r on r.id = g.round_id where r.channel_id = ?",
                Long.class,
                PRIVATE));
        app.slack.privateChannel(PRIVATE, TestApp.MANAGER, TestApp.KARI, TestApp.SVEN);
        JsonObject learned = Payloads.values(
                "learned",
                "learned",
                Payloads.text("Ask the archive first."),
                "share",
                "share",
                Payloads.options("share"));

        assertKeptOpen(
                app.submit(TestApp.EMMA, "pairs_learn_modal", String.valueOf(group), learned),
                "learned",
                "no longer a member");
        assertThat(Sql.count(app.kit().jdbi(), "select count(*) from pairs_learnings"))
                .isZero();
        assertThat(app.submit(TestApp.KARI, "pairs_learn_modal", String.valueOf(group), learned)
                        .body())
                .doesNotContain("errors");
        assertThat(Sql.count(app.kit().jdbi(), "select count(*) from pairs_learnings"))
                .isEqualTo(1);

        JsonObject profile = Payloads.values(
                "unit",
                "unit",
                Payloads.text("Roads"),
                "can_help",
                "can_help",
                Payloads.text("winter service"),
                "wants_to_learn",
                "wants_to_learn",
                Payloads.text("budgets"),
                "size",
                "size",
                Payloads.option("pair"),
                "languages",
                "languages",
                Payloads.options("en"),
                "other_languages",
                "other_languages",
                Payloads.text(""),
                "rather_not",
                "rather_not",
                Payloads.users(),
                "private",
                "private",
                Payloads.options());
        assertKeptOpen(app.submit(TestApp.EMMA, "pairs_profile_modal", PRIVATE, profile), "unit", "no longer a member");
        assertThat(Sql.count(app.kit().jdbi(), "select count(*) from pairs_profiles"))
                .isZero();
        assertThat(app.submit(TestApp.EMMA, "pairs_profile_modal", "", profile).body())
                .as("from App Home, with no channel, the profile is the person's own")
                .doesNotContain("errors");
        assertThat(Sql.count(app.kit().jdbi(), "select count(*) from pairs_profiles"))
                .isEqualTo(1);
    }

    /** Before: someone removed from the private channel joined its exercise, and its facilitator moved it on. */
    @Test
    void sixHatsJoinAndNextAreRefusedAfterRemovalFromThePrivateChannel() {
        app.command(TestApp.EMMA, PRIVATE, "/sixhats", "Winter tyres");
        long id = Eventual.value(() -> Sql.one(
                app.kit().jdbi(),
                "select max(id) from sixhats_exercises where message_ts is not null and channel_id = ?",
                Long.class,
                PRIVATE));
        String root =
                Sql.one(app.kit().jdbi(), "select message_ts from sixhats_exercises where id = ?", String.class, id);
        click(TestApp.EMMA, root, "sixhats_join", String.valueOf(id));
        click(TestApp.SVEN, root, "sixhats_join", String.valueOf(id));
        Eventual.value(() ->
                Sql.count(app.kit().jdbi(), "select count(*) from sixhats_participants where exercise_id = ?", id) == 2
                        ? true
                        : null);
        click(TestApp.EMMA, root, "sixhats_start", String.valueOf(id));
        Eventual.value(() -> Sql.one(
                app.kit().jdbi(),
                "select max(current_round) from sixhats_exercises where id = ? and status = 'running'",
                Integer.class,
                id));
        app.slack.privateChannel(PRIVATE, TestApp.MANAGER, TestApp.SVEN);

        click(TestApp.KARI, root, "sixhats_join", String.valueOf(id));
        click(TestApp.EMMA, root, "sixhats_next", id + ":0");
        app.slack.await(
                "chat.postEphemeral",
                c -> TestApp.KARI.equals(c.param("user")) && c.param("text").contains("ikke lenger medlem"));
        app.slack.await(
                "chat.postEphemeral",
                c -> TestApp.EMMA.equals(c.param("user")) && c.param("text").contains("no longer a member"));
        assertThat(Sql.count(
                        app.kit().jdbi(),
                        "select count(*) from sixhats_participants where exercise_id = ? and user_id = ?",
                        id,
                        TestApp.KARI))
                .isZero();
        assertThat(Sql.one(
                        app.kit().jdbi(),
                        "select current_round from sixhats_exercises where id = ?",
                        Integer.class,
                        id))
                .isZero();
    }

    /** Before: a search result shown before the removal still posted the lesson into the private channel. */
    @Test
    void aLessonIsNotSharedIntoAPrivateChannelBySomeoneRemovedFromIt() {
        assertThat(app.submit(
                                TestApp.EMMA,
                                "lessons_add_modal",
                                TestApp.CHANNEL,
                                Payloads.values("text", "text", Payloads.text("Salt the steps before seven.")))
                        .statusCode())
                .isEqualTo(200);
        long lesson = Eventual.value(() -> Sql.one(
                app.kit().jdbi(),
                "select max(id) from lessons where text = 'Salt the steps before seven.'",
                Long.class));
        app.slack.privateChannel(PRIVATE, TestApp.MANAGER, TestApp.SVEN, TestApp.EMMA);

        app.action(TestApp.KARI, PRIVATE, "1.1", "lessons_share", String.valueOf(lesson), "share-kari");
        assertThat(app.reply("share-kari")).contains("ikke lenger medlem");
        app.action(TestApp.SVEN, PRIVATE, "1.2", "lessons_share", String.valueOf(lesson), "share-sven");
        app.slack.await("chat.postMessage", c -> PRIVATE.equals(c.param("channel")));
        app.reply("share-sven");
        assertThat(app.slack.calls("chat.postMessage").stream().filter(c -> PRIVATE.equals(c.param("channel"))))
                .as("shared once, by the member")
                .hasSize(1);
    }

    /** Before: the cached admin flag still counted, and the monthly report was turned on. */
    @Test
    void theMonthlyReportButtonAsksSlackAfreshWhetherTheClickerIsAManager() {
        app.reply(app.command(TestApp.ADMIN, "/kompis", "help"));
        app.slack.user(TestApp.ADMIN, "Erik Lund", "en-US", false);

        app.action(TestApp.ADMIN, TestApp.CHANNEL, "1.1", "insights_report_on", "on", "report-on");
        app.slack.await("chat.postMessage", c -> String.valueOf(c.param("text")).contains("Only managers"));
        assertThat(Sql.count(app.kit().jdbi(), "select count(*) from insight_subscribers"))
                .isZero();
    }

    private void click(String user, String root, String actionId, String value) {
        assertThat(app.action(user, PRIVATE, root, actionId, value, "sixhats-" + user)
                        .statusCode())
                .isEqualTo(200);
    }

    private static void assertKeptOpen(HttpResponse<String> r, String block, String text) {
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body())
                .contains("\"response_action\":\"errors\"")
                .contains("\"" + block + "\"")
                .contains(text);
    }
}
