package org.kompis.aar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kompis.aar.AarRig.shown;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kompis.testing.FakeSlack;
import org.kompis.testing.Payloads;
import org.kompis.testing.Sql;
import org.kompis.testing.TestApp;

/**
 * Time, driven by the test clock: the reminder the day before the deadline, the manager's DM at the deadline,
 * and the follow-up of an action item on its due date with its three answers. Each test has its own Kompis.
 */
class AarRemindersTest {
    TestApp app;

    @BeforeEach
    void start() {
        app = TestApp.start();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private long reviewWithThreeInvited() {
        app.command(TestApp.MANAGER, "/aar", "Winter roads <@UKARI> <@USVEN> <@UEMMA>");
        return AarRig.waitFor(
                () -> Sql.count(app.kit().jdbi(), "select count(*) from aar_reviews where message_ts is not null") == 1,
                () -> AarRig.latestReview(app));
    }

    private long dms(String user) {
        return app.slack.calls("chat.postMessage").stream()
                .filter(c -> AarRig.dm(user).equals(c.param("channel")))
                .count();
    }

    @Test
    void theDayBeforeTheDeadlineOnlyThoseWhoHaveNotAnsweredAreRemindedOnce() {
        long id = reviewWithThreeInvited();
        AarRig.answerAndWait(app, TestApp.KARI, id, AarRig.answer("Clear roads", null, null, null));
        app.clock.set(Instant.parse("2026-11-24T14:59:00Z"));
        assertThat(app.kit().scheduler().runDue()).isZero();
        app.clock.set(Instant.parse("2026-11-24T15:00:00Z"));
        app.kit().scheduler().runDue();
        FakeSlack.Call sven =
                app.slack.await("chat.postMessage", c -> AarRig.dm(TestApp.SVEN).equals(c.param("channel")));
        assertThat(shown(sven))
                .contains(
                        "Påminnelse",
                        "Winter roads",
                        "onsdag 25 november kl. 16:00",
                        "Lägg till mina svar",
                        "aar_answer");
        FakeSlack.Call emma =
                app.slack.await("chat.postMessage", c -> AarRig.dm(TestApp.EMMA).equals(c.param("channel")));
        assertThat(shown(emma)).contains("Reminder", "Wednesday 25 November at 16:00", "Add my review");
        assertThat(dms(TestApp.KARI)).as("Kari has answered").isZero();
        assertThat(dms(TestApp.OLA)).as("Ola was not invited").isZero();
        assertThat(dms(TestApp.MANAGER)).isZero();
        app.kit().scheduler().at(FakeSlack.TEAM, "aar.remind", String.valueOf(id), app.clock.instant());
        app.kit().scheduler().runDue();
        assertThat(dms(TestApp.SVEN))
                .as("one reminder per person, even if the timer fires again")
                .isEqualTo(1);
    }

    @Test
    void atTheDeadlineTheManagerGetsACloseButtonThatWorksFromTheDm() {
        long id = reviewWithThreeInvited();
        AarRig.answerAndWait(
                app, TestApp.SVEN, id, AarRig.answer(null, null, "Snön kom tidigt", "Beställ sand i oktober"));
        app.clock.set(Instant.parse("2026-11-25T15:00:00Z"));
        app.kit().scheduler().runDue();
        FakeSlack.Call deadline = app.slack.await(
                "chat.postMessage",
                c -> AarRig.dm(TestApp.MANAGER).equals(c.param("channel")) && shown(c).contains("Svarfristen"));
        assertThat(shown(deadline)).contains("Winter roads", "1 av 3 har svart", "Avslutt og oppsummer", "aar_close");
        assertThat(dms(TestApp.KARI))
                .as("the reminder was due a day before: past its grace window it is skipped, "
                        + "the deadline DM to the manager stands for it")
                .isZero();

        app.action(TestApp.MANAGER, deadline.param("ts"), "aar_close", String.valueOf(id));
        String root = AarRig.rootTs(app, id);
        app.slack.await(
                "chat.postMessage",
                c -> root.equals(c.param("thread_ts")) && shown(c).contains("Summary: Winter roads"));
        FakeSlack.Call updated =
                app.slack.await("chat.update", c -> AarRig.dm(TestApp.MANAGER).equals(c.param("channel")));
        assertThat(shown(updated)).contains("er avsluttet").doesNotContain("aar_close");
    }

    @Test
    void aClosedReviewSendsNoRemindersAndNoDeadlineDm() {
        long id = reviewWithThreeInvited();
        app.action(TestApp.MANAGER, AarRig.rootTs(app, id), "aar_close", String.valueOf(id));
        AarRig.waitFor(
                () -> Sql.count(app.kit().jdbi(), "select count(*) from aar_reviews where summary_ts is not null") == 1,
                () -> null);
        app.clock.set(Instant.parse("2026-11-26T12:00:00Z"));
        app.kit().scheduler().runDue();
        assertThat(app.slack.calls("conversations.open")).isEmpty();
    }

    private long itemDueOnTheFirst() {
        long id = reviewWithThreeInvited();
        AarRig.answerAndWait(
                app,
                TestApp.KARI,
                id,
                AarRig.answer("Clear roads", null, null, "Plan earlier", "Order more salt", TestApp.OLA, "2026-12-01"));
        return Sql.one(app.kit().jdbi(), "select id from aar_action_items", Long.class);
    }

    private FakeSlack.Call followUp(String dayIso) {
        app.clock.set(Instant.parse(dayIso + "T08:00:00Z"));
        app.kit().scheduler().runDue();
        return app.slack.await(
                "chat.postMessage",
                c -> AarRig.dm(TestApp.OLA).equals(c.param("channel"))
                        && shown(c).contains("Order more salt")
                        && shown(c).contains("aar_item_done"));
    }

    @Test
    void notYetAsksForALaterDateAndFollowsUpThen() {
        long item = itemDueOnTheFirst();
        FakeSlack.Call dm = followUp("2026-12-01");
        app.action(TestApp.OLA, "1.1", "aar_item_later", String.valueOf(item));
        FakeSlack.Call modal = app.slack.await("views.open", c -> shown(c).contains("aar_item_later_modal"));
        assertThat(shown(modal)).contains("When will it be done?", "2026-12-08");
        String today = app.submit(
                        TestApp.OLA,
                        "aar_item_later_modal",
                        String.valueOf(item),
                        Payloads.values("date", "date", Payloads.date("2026-12-01")))
                .body();
        assertThat(today).contains("errors").contains("Choose a date after today.");
        assertThat(app.submit(
                                TestApp.OLA,
                                "aar_item_later_modal",
                                String.valueOf(item),
                                Payloads.values("date", "date", Payloads.date("2026-12-08")))
                        .body())
                .doesNotContain("errors");
        FakeSlack.Call moved =
                app.slack.await("chat.update", c -> AarRig.dm(TestApp.OLA).equals(c.param("channel")));
        assertThat(shown(moved)).contains("Moved to Tuesday 8 December").doesNotContain("aar_item_done");
        assertThat(Sql.one(app.kit().jdbi(), "select new_date from aar_action_items", String.class))
                .isEqualTo("2026-12-08");

        app.clock.set(Instant.parse("2026-12-07T08:00:00Z"));
        app.kit().scheduler().runDue();
        assertThat(dms(TestApp.OLA)).isEqualTo(1);
        app.clock.set(Instant.parse("2026-12-08T08:00:00Z"));
        app.kit().scheduler().runDue();
        assertThat(dms(TestApp.OLA)).as("asked again on the new date").isEqualTo(2);
        assertThat(dm.param("channel")).isEqualTo(AarRig.dm(TestApp.OLA));
    }

    @Test
    void dropNeedsAReasonAndEndsTheFollowUp() {
        long item = itemDueOnTheFirst();
        followUp("2026-12-01");
        app.action(TestApp.OLA, "1.1", "aar_item_drop", String.valueOf(item));
        app.slack.await(
                "views.open",
                c -> shown(c).contains("aar_item_drop_modal") && shown(c).contains("Why are we dropping it?"));
        assertThat(app.submit(TestApp.OLA, "aar_item_drop_modal", String.valueOf(item), Payloads.values())
                        .body())
                .contains("errors")
                .contains("Say briefly why.");
        assertThat(app.submit(
                                TestApp.OLA,
                                "aar_item_drop_modal",
                                String.valueOf(item),
                                Payloads.values(
                                        "reason", "reason", Payloads.text("The <!channel> council buys it now")))
                        .body())
                .doesNotContain("errors");
        FakeSlack.Call dropped =
                app.slack.await("chat.update", c -> AarRig.dm(TestApp.OLA).equals(c.param("channel")));
        assertThat(shown(dropped))
                .contains("Dropped: The &lt;!channel&gt; council buys it now")
                .doesNotContain("aar_item_drop");
        assertThat(Sql.one(app.kit().jdbi(), "select status from aar_action_items", String.class))
                .isEqualTo("dropped");
        String again = app.submit(
                        TestApp.OLA,
                        "aar_item_later_modal",
                        String.valueOf(item),
                        Payloads.values("date", "date", Payloads.date("2026-12-20")))
                .body();
        assertThat(again).contains("errors").contains("already been dropped");
        assertThat(AarRig.reply(app, app.command(TestApp.OLA, "/aar", "actions")))
                .contains("no open action items");
    }

    @Test
    void editingAnAnswerDoesNotRepeatAFollowUpAlreadySentButANewDateIsFollowedUp() {
        long id = Sql.one(
                app.kit().jdbi(),
                "select review_id from aar_action_items where id = ?",
                Long.class,
                itemDueOnTheFirst());
        followUp("2026-12-01");
        AarRig.answerAndWait(
                app,
                TestApp.KARI,
                id,
                AarRig.answer(
                        "Clear roads, edited",
                        null,
                        null,
                        "Plan earlier",
                        "Order more salt",
                        TestApp.OLA,
                        "2026-12-01",
                        "Check the ploughs",
                        TestApp.OLA,
                        "2026-12-03"));
        app.kit().scheduler().runDue();
        assertThat(dms(TestApp.OLA))
                .as("the first item's follow-up was sent already")
                .isEqualTo(1);
        app.clock.set(Instant.parse("2026-12-03T08:00:00Z"));
        app.kit().scheduler().runDue();
        app.slack.await(
                "chat.postMessage",
                c -> AarRig.dm(TestApp.OLA).equals(c.param("channel")) && shown(c).contains("Check the ploughs"));
        assertThat(dms(TestApp.OLA)).isEqualTo(2);
    }

    @Test
    void onlyTheOwnerOrAManagerAnswersAFollowUpAndDoneTwiceIsHarmless() {
        long item = itemDueOnTheFirst();
        followUp("2026-12-01");
        app.action(TestApp.EMMA, "1.1", "aar_item_done", String.valueOf(item));
        app.slack.await(
                "chat.postEphemeral",
                c -> TestApp.EMMA.equals(c.param("user")) && shown(c).contains("Only Ola Hansen (the owner)"));
        assertThat(Sql.one(app.kit().jdbi(), "select status from aar_action_items", String.class))
                .isEqualTo("open");
        app.action(TestApp.OLA, "1.1", "aar_item_done", String.valueOf(item));
        app.action(TestApp.OLA, "1.1", "aar_item_done", String.valueOf(item));
        AarRig.waitFor(
                () -> app.slack.calls("chat.update").stream()
                                .filter(c -> AarRig.dm(TestApp.OLA).equals(c.param("channel")))
                                .count()
                        == 2,
                () -> null);
        assertThat(Sql.one(app.kit().jdbi(), "select status from aar_action_items", String.class))
                .isEqualTo("done");
        assertThat(app.slack.calls("chat.update").stream()
                        .filter(c -> AarRig.dm(TestApp.OLA).equals(c.param("channel"))))
                .allSatisfy(c -> assertThat(shown(c)).contains("Marked as done"));
        app.clock.set(Instant.parse("2026-12-09T08:00:00Z"));
        app.kit().scheduler().runDue();
        assertThat(dms(TestApp.OLA)).isEqualTo(1);
    }
}
