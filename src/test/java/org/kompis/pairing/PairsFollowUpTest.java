package org.kompis.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kompis.core.LessonSource;
import org.kompis.core.NewLesson;
import org.kompis.core.Visibility;
import org.kompis.testing.FakeSlack.Call;
import org.kompis.testing.Payloads;
import org.kompis.testing.Sql;
import org.kompis.testing.TestApp;

/** "Did you meet?" on the injected clock, "What did you learn?" into the lesson hook, and the ghost rule. */
class PairsFollowUpTest {
    static PairsRig rig;

    @BeforeAll
    static void start() {
        rig = PairsRig.start();
    }

    @AfterAll
    static void stop() {
        rig.close();
    }

    /** The follow-ups of one group (the same people share one group DM across channels and rounds). */
    private static List<Call> followUps(String dm, long group) {
        return rig.posts(dm).stream()
                .filter(c -> String.valueOf(c.param("blocks")).contains(PairsViews.MET_YES)
                        && c.param("blocks").contains("\"value\":\"" + group + "\""))
                .toList();
    }

    @Test
    void didYouMeetAfterFiveDaysThenWhatDidYouLearnBecomesALesson() {
        String channel = "C0FOLLOW";
        rig.join(channel, List.of(TestApp.KARI, TestApp.EMMA));
        long round = rig.now(channel);
        long group = rig.groups(round).keySet().iterator().next();
        String dm = rig.dmOf(group);
        String value = String.valueOf(group);

        rig.app.clock.advance(Duration.ofDays(4));
        rig.app.kit().scheduler().runDue();
        assertThat(followUps(dm, group)).as("not before five days").isEmpty();
        rig.app.clock.advance(Duration.ofDays(1));
        rig.app.kit().scheduler().runDue();
        assertThat(followUps(dm, group)).hasSize(1);
        // Kari speaks nb, Emma en and neither has a profile: no common language, so the workspace's (en).
        assertThat(PairsRig.shown(followUps(dm, group).get(0)))
                .contains(
                        "Did you get to meet?",
                        "Yes, we met",
                        "Not yet",
                        "We won't",
                        "<@" + TestApp.KARI + ">",
                        "<@" + TestApp.EMMA + ">");
        rig.app.kit().scheduler().runDue();
        assertThat(followUps(dm, group)).as("a timer fires once").hasSize(1);

        rig.click(TestApp.EMMA, PairsViews.MET_YES, value);
        assertThat(Sql.one(
                        rig.app.kit().jdbi(),
                        "select answer from pairs_answers where group_id = ? and user_id = ?",
                        String.class,
                        group,
                        TestApp.EMMA))
                .isEqualTo("yes");
        assertThat(rig.ephemerals(TestApp.EMMA)).anySatisfy(c -> {
            assertThat(c.param("channel")).isEqualTo(dm);
            assertThat(PairsRig.shown(c)).contains("Great that you met!", PairsViews.LEARN);
        });
        PairsRig.eventually(() -> assertThat(rig.app.slack.calls("chat.update"))
                .anySatisfy(c -> assertThat(PairsRig.shown(c)).contains("Answers so far: Emma Wilson: met")));

        rig.click(TestApp.EMMA, PairsViews.LEARN, value);
        Call modal = rig.app.slack.await("views.open", c -> c.param("view").contains(PairsModals.LEARN));
        assertThat(PairsRig.shown(modal)).contains("What did you learn?", "Share it with the channel's lessons", value);

        assertThat(PairsRig.errors(rig.submit(
                        TestApp.EMMA,
                        PairsModals.LEARN,
                        value,
                        Payloads.values(PairsModals.LEARNED, PairsModals.LEARNED, Payloads.text("  ")))))
                .contains("Write a sentence");
        assertThat(PairsRig.errors(rig.submit(
                        TestApp.EMMA,
                        PairsModals.LEARN,
                        value,
                        Payloads.values(
                                PairsModals.LEARNED,
                                PairsModals.LEARNED,
                                Payloads.text("<!channel> Ask the archive team first"),
                                PairsModals.SHARE,
                                PairsModals.SHARE,
                                Payloads.options(PairsModals.SHARE)))))
                .isEmpty();
        assertThat(PairsRig.errors(rig.submit(
                        TestApp.KARI,
                        PairsModals.LEARN,
                        value,
                        Payloads.values(
                                PairsModals.LEARNED,
                                PairsModals.LEARNED,
                                Payloads.text("Klarspråk er lettere med maler")))))
                .isEmpty();

        PairsRig.eventually(() -> assertThat(rig.lessons).hasSize(2));
        NewLesson emma = rig.lessons.stream()
                .filter(d -> d.authorId().equals(TestApp.EMMA))
                .findFirst()
                .orElseThrow();
        assertThat(emma.source()).isEqualTo(LessonSource.PAIRS);
        assertThat(emma.sourceRef()).isEqualTo("pairs:" + group + ":" + TestApp.EMMA);
        assertThat(emma.text()).isEqualTo("<!channel> Ask the archive team first");
        assertThat(emma.visibility()).as("shared: the channel's lessons").isEqualTo(Visibility.CHANNEL);
        assertThat(emma.channelId()).isEqualTo(channel);
        assertThat(emma.topic()).isEqualTo("Learning pair with Kari Nordmann");
        NewLesson kari = rig.lessons.stream()
                .filter(d -> d.authorId().equals(TestApp.KARI))
                .findFirst()
                .orElseThrow();
        assertThat(kari.visibility()).as("not ticked: Kari's alone").isEqualTo(Visibility.PRIVATE);
        assertThat(kari.topic()).as("in Kari's language, naming who she met").isEqualTo("Læringspar med Emma Wilson");
        assertThat(rig.ephemerals(TestApp.KARI))
                .anySatisfy(c -> assertThat(PairsRig.shown(c)).contains("Lærdommen din er lagret, bare for deg"));
        assertThat(Sql.one(
                        rig.app.kit().jdbi(),
                        "select answer from pairs_answers where group_id = ? and user_id = ?",
                        String.class,
                        group,
                        TestApp.KARI))
                .as("writing what you learned says you met")
                .isEqualTo("yes");

        assertThat(rig.run(TestApp.OLA, channel, "stats")).contains("Meetings reported: 1", "Lessons written: 2");
    }

    @Test
    void onlyTheGroupCanAnswerItsFollowUp() {
        String channel = "C0OTHERS";
        rig.join(channel, List.of(TestApp.SVEN, TestApp.ASTRID));
        long group = rig.groups(rig.now(channel)).keySet().iterator().next();
        rig.click(TestApp.OLA, PairsViews.MET_WONT, String.valueOf(group));
        assertThat(Sql.count(rig.app.kit().jdbi(), "select count(*) from pairs_answers where group_id = ?", group))
                .isZero();
        PairsRig.eventually(() -> assertThat(rig.ephemerals(TestApp.OLA))
                .anySatisfy(c -> assertThat(PairsRig.shown(c))
                        .contains("These buttons belong to the people in this learning pair")));
        assertThat(PairsRig.errors(rig.submit(
                        TestApp.OLA,
                        PairsModals.LEARN,
                        String.valueOf(group),
                        Payloads.values(PairsModals.LEARNED, PairsModals.LEARNED, Payloads.text("sneaky")))))
                .contains("These buttons");
        rig.click(TestApp.SVEN, PairsViews.MET_WONT, String.valueOf(group));
        assertThat(Sql.count(
                        rig.app.kit().jdbi(),
                        "select count(*) from pairs_answers where group_id = ? and answer = 'wont'",
                        group))
                .isEqualTo(1);
        PairsRig.eventually(() -> assertThat(rig.ephemerals(TestApp.SVEN))
                .anySatisfy(c -> assertThat(PairsRig.shown(c)).contains("Tack för att du säger till")));
    }

    @Test
    void threeUnansweredRoundsPauseAGhostAndAnyAnswerStartsTheCountAgain() {
        String channel = "C0GHOST";
        rig.join(channel, List.of(TestApp.KARI, TestApp.SVEN, TestApp.EMMA, TestApp.OLA));
        for (int round = 1; round <= 3; round++) {
            Map<Long, List<String>> groups = rig.groups(rig.now(channel));
            rig.app.clock.advance(Duration.ofDays(5));
            rig.app.kit().scheduler().runDue();
            for (Map.Entry<Long, List<String>> g : groups.entrySet()) {
                for (String user : g.getValue()) {
                    // Ola never answers; Emma only in the last round.
                    boolean answers = !user.equals(TestApp.OLA) && (!user.equals(TestApp.EMMA) || round == 3);
                    if (answers) {
                        rig.click(
                                user,
                                round == 2 ? PairsViews.MET_NOT_YET : PairsViews.MET_YES,
                                String.valueOf(g.getKey()));
                    }
                }
            }
            rig.app.clock.advance(Duration.ofDays(2));
        }
        assertThat(rig.run(TestApp.OLA, channel, "status"))
                .as("not counted until the window closes")
                .contains("You're in the learning pairs");

        Map<Long, List<String>> fourth = rig.groups(rig.now(channel));
        PairsRoundsTest.assertEveryoneOnce(fourth.values(), List.of(TestApp.KARI, TestApp.SVEN, TestApp.EMMA));
        assertThat(Sql.one(
                        rig.app.kit().jdbi(),
                        "select missed_followups from pairs_members where channel_id = ? and user_id = ?",
                        Integer.class,
                        channel,
                        TestApp.EMMA))
                .isZero();
        String olaDm = "G" + Math.abs(TestApp.OLA.hashCode());
        assertThat(rig.posts(olaDm))
                .anySatisfy(c -> assertThat(PairsRig.shown(c))
                        .contains(
                                "I've paused you in the learning pairs of <#" + channel + ">",
                                "last 3 rounds",
                                "/pairs join"));
        assertThat(rig.run(TestApp.OLA, channel, "status")).contains("You're paused");

        assertThat(rig.run(TestApp.OLA, channel, "join")).contains("Welcome back");
        assertThat(rig.run(TestApp.OLA, channel, "status")).contains("You're in the learning pairs");
    }
}
