package org.kompis.aar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kompis.aar.AarRig.shown;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kompis.i18n.Lang;
import org.kompis.i18n.Messages;
import org.kompis.testing.FakeSlack;
import org.kompis.testing.Payloads;
import org.kompis.testing.Sql;
import org.kompis.testing.TestApp;

/** The rules around a review: who may start and close it, what is refused, what is escaped, what happens once. */
class AarRulesTest {
    static TestApp app;
    static final Messages m = new Messages();

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aNonManagerIsRefusedAndNothingIsStoredOrPosted() {
        int reviews = Sql.count(app.kit().jdbi(), "select count(*) from aar_reviews");
        int posts = app.slack.calls("chat.postMessage").size();
        int views = app.slack.calls("views.open").size();
        String reply = AarRig.reply(app, app.command(TestApp.EMMA, "/aar", "Our move to the new office"));
        assertThat(reply).contains("ephemeral").contains(m.get(Lang.EN, "aar.refused_group", "ledere"));
        String modal = AarRig.reply(app, app.command(TestApp.OLA, "/kompis", "aar"));
        assertThat(modal).contains("Only managers can start an after-action review");
        assertThat(Sql.count(app.kit().jdbi(), "select count(*) from aar_reviews"))
                .isEqualTo(reviews);
        assertThat(app.slack.calls("chat.postMessage")).hasSize(posts);
        assertThat(app.slack.calls("views.open")).hasSize(views);
    }

    @Test
    void aManagerInTheManagersGroupMayStart() {
        app.command(TestApp.ASTRID, "/aar", "Group manager review");
        app.slack.await("chat.postMessage", c -> shown(c).contains("After-action review: Group manager review"));
    }

    @Test
    void mentionsInTheCommandBecomeTheParticipants() {
        app.command(TestApp.MANAGER, "/aar", "Move to the new office <@UKARI|kari> <@USVEN>");
        FakeSlack.Call posted = app.slack.await(
                "chat.postMessage", c -> shown(c).contains("After-action review: Move to the new office"));
        assertThat(shown(posted)).contains("*Invited:* <@UKARI>, <@USVEN>").doesNotContain("kari>");
        long id = AarRig.waitFor(
                () -> Sql.count(
                                app.kit().jdbi(),
                                "select count(*) from aar_reviews where title = 'Move to the new office' and message_ts is not null")
                        == 1,
                () -> Sql.one(
                        app.kit().jdbi(),
                        "select id from aar_reviews where title = 'Move to the new office'",
                        Long.class));
        assertThat(Sql.strings(
                        app.kit().jdbi(),
                        "select user_id from aar_participants where review_id = ? order by rowid",
                        id))
                .containsExactly(TestApp.KARI, TestApp.SVEN);
    }

    @Test
    void closingTwicePostsOneSummaryAndAClosedReviewsButtonsSaySo() {
        long id = AarRig.start(app, "Closing twice");
        String root = AarRig.rootTs(app, id);
        AarRig.answerAndWait(app, TestApp.KARI, id, AarRig.answer("Plan", null, null, "Better"));
        app.action(TestApp.MANAGER, root, "aar_close", String.valueOf(id));
        app.slack.await(
                "chat.postMessage",
                c -> root.equals(c.param("thread_ts")) && shown(c).contains("Summary: Closing twice"));
        app.action(TestApp.ADMIN, root, "aar_close", String.valueOf(id));
        app.slack.await(
                "chat.postEphemeral",
                c -> TestApp.ADMIN.equals(c.param("user")) && shown(c).contains("was closed on Friday 20 November"));
        assertThat(app.slack.calls("chat.postMessage").stream()
                        .filter(c -> root.equals(c.param("thread_ts")) && shown(c).contains("Summary: Closing twice")))
                .hasSize(1);
        assertThat(Sql.count(
                        app.kit().jdbi(),
                        "select count(*) from aar_reviews where id = ? and lessons_at is not null",
                        id))
                .isEqualTo(1);

        app.action(TestApp.EMMA, root, "aar_answer", String.valueOf(id));
        app.slack.await(
                "chat.postEphemeral", c -> TestApp.EMMA.equals(c.param("user")) && shown(c).contains("was closed on"));
        app.action(TestApp.EMMA, root, "aar_closed", String.valueOf(id));
        AarRig.waitFor(
                () -> app.slack.calls("chat.postEphemeral").stream()
                                .filter(c -> TestApp.EMMA.equals(c.param("user")) && shown(c).contains("was closed on"))
                                .count()
                        == 2,
                () -> null);
    }

    @Test
    void aNonManagerCannotClose() {
        long id = AarRig.start(app, "Not yours to close");
        app.action(TestApp.OLA, AarRig.rootTs(app, id), "aar_close", String.valueOf(id));
        app.slack.await(
                "chat.postEphemeral",
                c -> TestApp.OLA.equals(c.param("user")) && shown(c).contains("Only managers can close"));
        assertThat(Sql.one(app.kit().jdbi(), "select status from aar_reviews where id = ?", String.class, id))
                .isEqualTo("open");
    }

    @Test
    void aSubmissionAfterCloseIsRefusedWithAClearMessage() {
        long id = AarRig.start(app, "Too late");
        app.action(TestApp.MANAGER, AarRig.rootTs(app, id), "aar_close", String.valueOf(id));
        AarRig.waitFor(
                () -> Sql.count(
                                app.kit().jdbi(),
                                "select count(*) from aar_reviews where id = ? and summary_ts is not null",
                                id)
                        == 1,
                () -> null);
        var response = app.submit(
                TestApp.EMMA, "aar_answer_modal", String.valueOf(id), AarRig.answer("Late words", null, null, null));
        assertThat(response.body())
                .contains("\"response_action\":\"errors\"")
                .contains("q_expected")
                .contains("closed on Friday 20 November")
                .contains("Copy your text");
        assertThat(Sql.count(app.kit().jdbi(), "select count(*) from aar_answers where review_id = ?", id))
                .isZero();
    }

    @Test
    void typedMentionsAreEscapedInTheReplyAndTheSummary() {
        long id = AarRig.start(app, "Escaping <!here>");
        String root = AarRig.rootTs(app, id);
        AarRig.answerAndWait(
                app,
                TestApp.SVEN,
                id,
                AarRig.answer(
                        "Tell <!channel> & <@UOLA>",
                        null,
                        null,
                        "<!everyone> learns",
                        "Ping <!channel>",
                        TestApp.OLA,
                        "2026-12-02"));
        FakeSlack.Call reply = app.slack.await("chat.postMessage", c -> root.equals(c.param("thread_ts")));
        assertThat(shown(reply))
                .contains(
                        "Tell &lt;!channel&gt; &amp; &lt;@UOLA&gt;",
                        "&lt;!everyone&gt; learns",
                        "Ping &lt;!channel&gt;")
                .doesNotContain("<!channel>", "<!everyone>", "<!here>");
        app.action(TestApp.MANAGER, root, "aar_close", String.valueOf(id));
        FakeSlack.Call summary = app.slack.await(
                "chat.postMessage", c -> root.equals(c.param("thread_ts")) && shown(c).contains("Summary:"));
        assertThat(shown(summary))
                .contains("&lt;!channel&gt;", "&lt;!everyone&gt; learns", "Escaping &lt;!here&gt;")
                .doesNotContain("<!channel>", "<!everyone>", "<!here>", "<@");
        assertThat(app.slack.calls().stream()
                        .filter(c -> c.method().startsWith("chat."))
                        .map(AarRig::shown))
                .noneMatch(s -> s.contains("<!channel>") || s.contains("<!here>") || s.contains("<!everyone>"));
    }

    @Test
    void aRetriedSubmissionIsSavedAndPostedOnce() {
        long id = AarRig.start(app, "Retries");
        String root = AarRig.rootTs(app, id);
        String body = Payloads.viewSubmission(
                TestApp.OLA, "aar_answer_modal", String.valueOf(id), AarRig.answer("Once", null, null, null));
        assertThat(app.signedPost(body, "application/x-www-form-urlencoded").statusCode())
                .isEqualTo(200);
        assertThat(app.signedPost(body, "application/x-www-form-urlencoded").statusCode())
                .isEqualTo(200);
        AarRig.waitFor(
                () -> Sql.count(
                                app.kit().jdbi(),
                                "select count(*) from aar_answers where review_id = ? and reply_ts is not null",
                                id)
                        == 1,
                () -> null);
        app.slack.await("chat.update", c -> root.equals(c.param("ts")) && shown(c).contains("1 of 7 answered so far"));
        assertThat(Sql.one(app.kit().jdbi(), "select version from aar_answers where review_id = ?", Integer.class, id))
                .isEqualTo(1);
        assertThat(app.slack.calls("chat.postMessage").stream().filter(c -> root.equals(c.param("thread_ts"))))
                .hasSize(1);
    }

    @Test
    void theAnswerModalChecksItsFields() {
        long id = AarRig.start(app, "Checks");
        String none = app.submit(
                        TestApp.KARI, "aar_answer_modal", String.valueOf(id), AarRig.answer(null, null, null, null))
                .body();
        assertThat(none).contains("q_expected").contains("Svar på minst ett av de fire spørsmålene.");
        String incomplete = app.submit(
                        TestApp.EMMA,
                        "aar_answer_modal",
                        String.valueOf(id),
                        Payloads.values(
                                "q_actual",
                                "text",
                                Payloads.text("Something"),
                                "item2_what",
                                "what",
                                Payloads.text("Half an item")))
                .body();
        assertThat(incomplete).contains("item2_owner").contains("item2_due").doesNotContain("item2_what");
        String past = app.submit(
                        TestApp.EMMA,
                        "aar_answer_modal",
                        String.valueOf(id),
                        AarRig.answer("x", null, null, null, "Old", TestApp.OLA, "2026-11-19"))
                .body();
        assertThat(past).contains("item1_due").contains("Choose today or a later date.");
        assertThat(Sql.count(app.kit().jdbi(), "select count(*) from aar_answers where review_id = ?", id))
                .isZero();
    }

    @Test
    void theStartModalOpensWithTheDefaultDeadlineAndStartsOnce() {
        app.command(TestApp.MANAGER, "/aar", "");
        FakeSlack.Call open = app.slack.await("views.open", c -> shown(c).contains("aar_start_modal"));
        assertThat(shown(open))
                .contains("2026-11-25", "Hva skal dere se tilbake på?", "Hvem var med?", TestApp.CHANNEL);
        String body = Payloads.viewSubmission(
                TestApp.MANAGER,
                "aar_start_modal",
                TestApp.CHANNEL,
                Payloads.values(
                        "title",
                        "title",
                        Payloads.text("Budget round"),
                        "goal",
                        "goal",
                        Payloads.text("A budget <!channel> everyone understands"),
                        "participants",
                        "users",
                        Payloads.users(TestApp.KARI, TestApp.EMMA),
                        "deadline",
                        "date",
                        Payloads.date("2026-11-27")));
        assertThat(app.signedPost(body, "application/x-www-form-urlencoded").body())
                .doesNotContain("errors");
        assertThat(app.signedPost(body, "application/x-www-form-urlencoded").body())
                .doesNotContain("errors");
        FakeSlack.Call posted =
                app.slack.await("chat.postMessage", c -> shown(c).contains("After-action review: Budget round"));
        assertThat(shown(posted))
                .contains(
                        "A budget &lt;!channel&gt; everyone understands",
                        "<@UKARI>, <@UEMMA>",
                        "Friday 27 November at 16:00");
        AarRig.waitFor(
                () -> Sql.count(
                                app.kit().jdbi(),
                                "select count(*) from aar_reviews where title = 'Budget round' and message_ts is not null")
                        == 1,
                () -> null);
        assertThat(app.slack.calls("chat.postMessage").stream()
                        .filter(c -> shown(c).contains("After-action review: Budget round")))
                .hasSize(1);
        long id = Sql.one(app.kit().jdbi(), "select id from aar_reviews where title = 'Budget round'", Long.class);
        assertThat(Sql.strings(
                        app.kit().jdbi(),
                        "select user_id from aar_participants where review_id = ? order by rowid",
                        id))
                .containsExactly(TestApp.KARI, TestApp.EMMA);
    }

    @Test
    void theStartModalWantsATitleAndAFutureDeadline() {
        String today = app.submit(
                        TestApp.MANAGER,
                        "aar_start_modal",
                        TestApp.CHANNEL,
                        Payloads.values(
                                "title",
                                "title",
                                Payloads.text("Too soon"),
                                "deadline",
                                "date",
                                Payloads.date("2026-11-20")))
                .body();
        assertThat(today).contains("deadline").contains("Velg en dato etter i dag.");
        String untitled = app.submit(
                        TestApp.MANAGER,
                        "aar_start_modal",
                        TestApp.CHANNEL,
                        Payloads.values("deadline", "date", Payloads.date("2026-11-27")))
                .body();
        assertThat(untitled).contains("\"title\"");
        assertThat(Sql.count(app.kit().jdbi(), "select count(*) from aar_reviews where title = 'Too soon'"))
                .isZero();
    }

    @Test
    void theNextReviewStartsWithTheItemsStillOpenFromEarlierOnes() {
        app.slack.channel("C0TEAM", TestApp.MANAGER, TestApp.KARI, TestApp.OLA);
        app.command(TestApp.MANAGER, "C0TEAM", "/aar", "First sprint");
        AarRig.waitFor(
                () -> Sql.count(
                                app.kit().jdbi(),
                                "select count(*) from aar_reviews where title = 'First sprint' and message_ts is not null")
                        == 1,
                () -> null);
        long first = Sql.one(app.kit().jdbi(), "select id from aar_reviews where title = 'First sprint'", Long.class);
        AarRig.answerAndWait(
                app,
                TestApp.KARI,
                first,
                AarRig.answer(
                        "Ship it",
                        null,
                        null,
                        null,
                        "Automate the tests",
                        TestApp.KARI,
                        "2026-12-04",
                        "Book a retro room",
                        TestApp.OLA,
                        "2026-11-30"));
        app.command(TestApp.MANAGER, "C0TEAM", "/aar", "Second sprint");
        FakeSlack.Call second =
                app.slack.await("chat.postMessage", c -> shown(c).contains("After-action review: Second sprint"));
        String text = shown(second);
        assertThat(text).contains("Still open from earlier reviews in this channel");
        assertThat(text.indexOf("Book a retro room — Ola Hansen — due Monday 30 November"))
                .as("soonest due first")
                .isPositive()
                .isLessThan(text.indexOf("Automate the tests — Kari Nordmann — due Friday 4 December"));
        assertThat(text).doesNotContain("<@UOLA>");
    }

    @Test
    void listsShowOpenReviewsAndMyItems() {
        app.slack.channel("C0LIST", TestApp.MANAGER, TestApp.SVEN);
        app.command(TestApp.MANAGER, "C0LIST", "/aar", "Listed review");
        AarRig.waitFor(
                () -> Sql.count(
                                app.kit().jdbi(),
                                "select count(*) from aar_reviews where title = 'Listed review' and message_ts is not null")
                        == 1,
                () -> null);
        long id = Sql.one(app.kit().jdbi(), "select id from aar_reviews where title = 'Listed review'", Long.class);
        AarRig.answerAndWait(
                app,
                TestApp.SVEN,
                id,
                AarRig.answer("Mål", null, null, null, "Skriv rutinen", TestApp.SVEN, "2026-12-03"));
        String list = AarRig.reply(app, app.command(TestApp.SVEN, "C0LIST", "/aar", "list"));
        assertThat(list)
                .contains("Återblickar i den här kanalen")
                .contains("Listed review")
                .contains("pågår")
                .contains("1 av 2 har svarat")
                .contains("Skriv rutinen — Sven Karlsson — senast torsdag 3 december");
        String mine = AarRig.reply(app, app.command(TestApp.SVEN, "C0LIST", "/aar", "actions"));
        assertThat(mine)
                .contains("Dina öppna åtgärder")
                .contains("Skriv rutinen — senast torsdag 3 december — från *Listed review*");
        String empty = AarRig.reply(app, app.command(TestApp.EMMA, "C0EMPTY", "/aar", "list"));
        assertThat(empty).contains(m.get(Lang.EN, "aar.list.none").substring(0, 40));
        assertThat(AarRig.reply(app, app.command(TestApp.EMMA, "/aar", "help")))
                .contains("/aar list")
                .contains("/aar actions")
                .contains("/aar [title]");
    }

    @Test
    void aLongSummaryIsPostedAsSeveralThreadMessagesWithinSlacksLimits() {
        long id = AarRig.start(app, "Long summary");
        String root = AarRig.rootTs(app, id);
        for (String user : List.of(
                TestApp.MANAGER,
                TestApp.ADMIN,
                TestApp.KARI,
                TestApp.SVEN,
                TestApp.EMMA,
                TestApp.OLA,
                TestApp.ASTRID)) {
            String text = (user + " wrote a lot. ").repeat(200).substring(0, 2900);
            AarRig.answerAndWait(app, user, id, AarRig.answer(text, text, text, text));
        }
        app.action(TestApp.MANAGER, root, "aar_close", String.valueOf(id));
        AarRig.waitFor(
                () -> Sql.count(
                                app.kit().jdbi(),
                                "select count(*) from aar_reviews where id = ? and summary_ts is not null",
                                id)
                        == 1,
                () -> null);
        List<FakeSlack.Call> pages = app.slack.calls("chat.postMessage").stream()
                .filter(c ->
                        root.equals(c.param("thread_ts")) && c.param("text").startsWith("Summary: Long summary"))
                .toList();
        assertThat(pages).hasSizeGreaterThan(2);
        for (FakeSlack.Call page : pages) {
            var blocks =
                    com.google.gson.JsonParser.parseString(page.param("blocks")).getAsJsonArray();
            assertThat(blocks.size()).isLessThanOrEqualTo(50);
            blocks.forEach(b -> {
                var o = b.getAsJsonObject();
                if (o.get("type").getAsString().equals("section")) {
                    assertThat(o.getAsJsonObject("text")
                                    .get("text")
                                    .getAsString()
                                    .length())
                            .isLessThanOrEqualTo(3000);
                }
            });
        }
        String all = String.join("\n", pages.stream().map(AarRig::shown).toList());
        assertThat(all)
                .contains("Summary of Long summary, continued", "Answered: 7 of 7 invited", "— Astrid Lindqvist");
    }

    @Test
    void theHelpListsTheCommandsInEachLanguage() {
        assertThat(AarRig.reply(app, app.command(TestApp.KARI, "/aar", "hjelp")))
                .contains("Start en erfaringsgjennomgang");
        assertThat(AarRig.reply(app, app.command(TestApp.SVEN, "/aar", "hjälp")))
                .contains("Starta en återblick");
        List.of("aar.help.start", "aar.help.list", "aar.help.actions")
                .forEach(k -> assertThat(m.has(Lang.SV, k)).isTrue());
    }
}
