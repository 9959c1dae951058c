package org.kompis.aar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kompis.aar.AarRig.shown;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kompis.commands.CoreCommands;
import org.kompis.core.LessonSource;
import org.kompis.core.NewLesson;
import org.kompis.i18n.Lang;
import org.kompis.i18n.Messages;
import org.kompis.testing.FakeSlack;
import org.kompis.testing.Sql;
import org.kompis.testing.TestApp;

/**
 * The whole review, as the "done when" reads, in a channel that speaks English, Norwegian or Swedish:
 * start, three answers, an edit, a refused non-manager, close with summary and lessons, the owner's follow-up on
 * the due date, and the two lists.
 */
class AarEndToEndTest {
    static final String TITLE = "Launch of the new intranet";
    final Messages m = new Messages();

    @ParameterizedTest
    @EnumSource(Lang.class)
    void aReviewFromStartToFollowUp(Lang lang) {
        List<NewLesson> lessons = new CopyOnWriteArrayList<>();
        try (TestApp app = TestApp.start(
                "", Instant.parse("2026-11-20T09:00:00Z"), List.of(new CoreCommands(), new AarRitual(lessons::add)))) {
            app.kit().languages().setChannel(FakeSlack.TEAM, TestApp.CHANNEL, lang);

            long id = AarRig.start(app, TITLE);
            String root = AarRig.rootTs(app, id);
            FakeSlack.Call posted = app.slack.await(
                    "chat.postMessage",
                    c -> TestApp.CHANNEL.equals(c.param("channel")) && c.param("thread_ts") == null);
            String message = shown(posted);
            assertThat(message).contains(m.get(lang, "aar.message.header", TITLE));
            for (String q : List.of("aar.q.expected", "aar.q.actual", "aar.q.difference", "aar.q.better")) {
                assertThat(message).contains(m.get(lang, q));
            }
            assertThat(message).contains(m.get(lang, "aar.button.answer"), m.get(lang, "aar.button.close"));
            if (lang == Lang.NB) {
                assertThat(message)
                        .contains(
                                "Hva skulle skje?",
                                "Hva skjedde faktisk?",
                                "Hvorfor ble det forskjell?",
                                "Hva gjør vi bedre neste gang?",
                                "onsdag 25. november kl. 16:00");
            }
            if (lang == Lang.SV) {
                assertThat(message)
                        .contains(
                                "Vad skulle hända?",
                                "Vad hände faktiskt?",
                                "Varför blev det skillnad?",
                                "Vad gör vi bättre nästa gång?",
                                "onsdag 25 november kl. 16:00");
            }
            assertThat(Sql.count(app.kit().jdbi(), "select count(*) from aar_participants where review_id = ?", id))
                    .as("no one named: the channel's seven members are invited")
                    .isEqualTo(7);

            // A non-manager is refused, in their own language, and nothing is stored or posted.
            int posts = app.slack.calls("chat.postMessage").size();
            String refusal = AarRig.reply(app, app.command(TestApp.KARI, "/aar", "Something else"));
            assertThat(refusal)
                    .contains("ephemeral")
                    .contains("@ledere")
                    .contains(m.get(Lang.NB, "aar.refused_group", "ledere").substring(0, 30));
            assertThat(Sql.count(app.kit().jdbi(), "select count(*) from aar_reviews"))
                    .isEqualTo(1);
            assertThat(app.slack.calls("chat.postMessage")).hasSize(posts);

            // Three people answer; Ola is given an action item due 1 December.
            AarRig.answerAndWait(
                    app,
                    TestApp.KARI,
                    id,
                    AarRig.answer(
                            "A calm launch on Monday",
                            "The login failed for an hour",
                            "Nobody tested single sign-on",
                            "Test the login with real accounts",
                            "Write a launch checklist",
                            TestApp.OLA,
                            "2026-12-01"));
            AarRig.answerAndWait(
                    app,
                    TestApp.SVEN,
                    id,
                    AarRig.answer(null, "Many calls to the helpdesk", null, "Tell the helpdesk first"));
            AarRig.answerAndWait(
                    app,
                    TestApp.EMMA,
                    id,
                    AarRig.answer("Everyone finds the new pages", null, "The menu was new to people", null));
            assertThat(app.slack.calls("chat.postMessage").stream().filter(c -> root.equals(c.param("thread_ts"))))
                    .hasSize(3);
            app.slack.await(
                    "chat.update",
                    c -> root.equals(c.param("ts"))
                            && shown(c).contains(m.get(lang, "aar.message.status", "Ingrid Berg", 3, 7)));

            // Kari answers again: the modal opens with her answer, and her thread reply is updated, not re-posted.
            app.action(TestApp.KARI, root, "aar_answer", String.valueOf(id));
            FakeSlack.Call modal =
                    app.slack.await("views.open", c -> shown(c).contains("The login failed for an hour"));
            assertThat(shown(modal))
                    .contains("Write a launch checklist", TestApp.OLA, "2026-12-01", m.get(Lang.NB, "aar.q.better"));
            String karisReply = Sql.one(
                    app.kit().jdbi(), "select reply_ts from aar_answers where user_id = ?", String.class, TestApp.KARI);
            AarRig.answerAndWait(
                    app,
                    TestApp.KARI,
                    id,
                    AarRig.answer(
                            "A calm launch on Monday",
                            "The login failed for an hour",
                            "Nobody tested single sign-on with real accounts",
                            "Test the login with real accounts",
                            "Write a launch checklist",
                            TestApp.OLA,
                            "2026-12-01"));
            FakeSlack.Call edited = app.slack.await("chat.update", c -> karisReply.equals(c.param("ts")));
            assertThat(shown(edited)).contains("with real accounts", m.get(lang, "aar.reply.edited"));
            assertThat(app.slack.calls("chat.postMessage").stream().filter(c -> root.equals(c.param("thread_ts"))))
                    .hasSize(3);

            // The manager closes: one summary in the thread with every answer and the action item; the lessons are
            // handed over.
            app.action(TestApp.MANAGER, root, "aar_close", String.valueOf(id));
            FakeSlack.Call summary = app.slack.await(
                    "chat.postMessage",
                    c -> root.equals(c.param("thread_ts"))
                            && shown(c).contains(m.get(lang, "aar.summary.header", TITLE)));
            assertThat(shown(summary))
                    .contains(
                            "A calm launch on Monday — Kari Nordmann",
                            "Many calls to the helpdesk — Sven Karlsson",
                            "Everyone finds the new pages — Emma Wilson",
                            "The menu was new to people — Emma Wilson",
                            "Nobody tested single sign-on with real accounts — Kari Nordmann",
                            "Tell the helpdesk first — Sven Karlsson",
                            "• "
                                    + m.get(
                                            lang,
                                            "aar.item.line",
                                            "Write a launch checklist",
                                            "Ola Hansen",
                                            AarCore.date(m.in(lang), java.time.LocalDate.of(2026, 12, 1))),
                            m.get(lang, "aar.summary.participation", 3, 7));
            app.slack.await(
                    "chat.update",
                    c -> root.equals(c.param("ts")) && shown(c).contains(m.get(lang, "aar.button.closed")));
            AarRig.waitFor(() -> lessons.size() == 3, () -> null);
            assertThat(lessons)
                    .extracting(NewLesson::sourceRef)
                    .containsExactly(
                            "aar:" + id + ":better:" + TestApp.KARI,
                            "aar:" + id + ":better:" + TestApp.SVEN,
                            "aar:" + id + ":summary");
            assertThat(lessons).allSatisfy(l -> {
                assertThat(l.source()).isEqualTo(LessonSource.AAR);
                assertThat(l.topic()).isEqualTo(TITLE);
                assertThat(l.channelId()).isEqualTo(TestApp.CHANNEL);
                assertThat(l.participantIds()).contains(TestApp.KARI, TestApp.SVEN, TestApp.EMMA);
                assertThat(l.permalink())
                        .as("the review's own message")
                        .contains("/archives/" + TestApp.CHANNEL + "/p");
            });
            assertThat(lessons.get(0).participantIds())
                    .as("a lesson from one answer: the review's invitees")
                    .hasSize(7);
            assertThat(lessons.get(2).participantIds())
                    .as("the summary: credited to those who wrote it")
                    .containsExactlyInAnyOrder(TestApp.KARI, TestApp.SVEN, TestApp.EMMA);
            assertThat(lessons.get(0).text()).isEqualTo("Test the login with real accounts");
            assertThat(lessons.get(0).authorId()).isEqualTo(TestApp.KARI);
            assertThat(lessons.get(2).text())
                    .contains(m.get(lang, "aar.q.better"), "Tell the helpdesk first")
                    .as("the stored summary names nobody")
                    .doesNotContain("Sven Karlsson", "Kari Nordmann", "Ola Hansen");

            // On the due date, at 09:00 Oslo time, Ola gets a DM in his language with the three answers.
            app.clock.set(Instant.parse("2026-12-01T07:59:00Z"));
            app.kit().scheduler().runDue();
            assertThat(app.slack.calls("chat.postMessage").stream()
                            .filter(c -> AarRig.dm(TestApp.OLA).equals(c.param("channel"))))
                    .isEmpty();
            app.clock.set(Instant.parse("2026-12-01T08:00:00Z"));
            app.kit().scheduler().runDue();
            FakeSlack.Call due = app.slack.await(
                    "chat.postMessage",
                    c -> AarRig.dm(TestApp.OLA).equals(c.param("channel"))
                            && shown(c).contains("Write a launch checklist"));
            assertThat(shown(due)).contains("Done", "Not yet", "Drop", TITLE);

            // The lists: the channel's reviews with the open item, and Ola's own items.
            String list = AarRig.reply(app, app.command(TestApp.EMMA, "/aar", "list"));
            assertThat(list)
                    .contains(TITLE)
                    .contains("Write a launch checklist")
                    .contains("closed");
            String actions = AarRig.reply(app, app.command(TestApp.OLA, "/kompis", "aar actions"));
            assertThat(actions)
                    .contains("Write a launch checklist")
                    .contains(TITLE)
                    .contains("due Tuesday 1 December");
            assertThat(AarRig.reply(app, app.command(TestApp.EMMA, "/aar", "actions")))
                    .contains(m.get(Lang.EN, "aar.actions.none"));

            // Done, from the DM: the item is closed and the DM loses its buttons.
            app.action(
                    TestApp.OLA,
                    due.param("ts"),
                    "aar_item_done",
                    Sql.one(app.kit().jdbi(), "select id from aar_action_items", String.class));
            FakeSlack.Call doneDm =
                    app.slack.await("chat.update", c -> AarRig.dm(TestApp.OLA).equals(c.param("channel")));
            assertThat(shown(doneDm))
                    .contains(m.get(Lang.EN, "aar.due.result_done"))
                    .doesNotContain("Not yet");
            assertThat(AarRig.reply(app, app.command(TestApp.OLA, "/aar", "actions")))
                    .contains(m.get(Lang.EN, "aar.actions.none"));
        }
    }
}
