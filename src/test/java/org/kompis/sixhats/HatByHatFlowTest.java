package org.kompis.sixhats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kompis.sixhats.Rig.errors;
import static org.kompis.sixhats.Rig.read;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kompis.core.NewLesson;
import org.kompis.i18n.Lang;
import org.kompis.testing.FakeSlack;
import org.kompis.testing.FakeSlack.Call;
import org.kompis.testing.Payloads;
import org.kompis.testing.Sql;
import org.kompis.testing.TestApp;

/** Hat by hat: everyone wears the same hat at a time, the rounds move on an injected clock. */
class HatByHatFlowTest {
    static Rig rig;

    @BeforeAll
    static void start() {
        rig = Rig.start();
    }

    @AfterAll
    static void stop() {
        rig.close();
    }

    private HttpResponse<String> startModal(String user, String channel, String topic, String mode, String duration) {
        HttpResponse<String> r = rig.app.submit(
                user,
                SixHatsModals.START,
                channel,
                Payloads.values(
                        SixHatsModals.TOPIC,
                        SixHatsModals.TOPIC,
                        Payloads.text(topic),
                        SixHatsModals.MODE,
                        SixHatsModals.MODE,
                        Payloads.option(mode),
                        SixHatsModals.DURATION,
                        SixHatsModals.DURATION,
                        Payloads.text(duration)));
        rig.settle();
        return r;
    }

    /** "Now: ..." posts in the thread, as the hat names they announce. */
    private List<String> nows(String root) {
        return rig.thread(root).stream()
                .map(c -> c.param("text"))
                .filter(t -> t.startsWith("Now: "))
                .toList();
    }

    private void tick(Duration d) {
        rig.app.clock.advance(d);
        rig.app.kit().scheduler().runDue();
        rig.settle();
    }

    @Test
    void roundsGoBlueWhiteRedBlackYellowGreenBlueOnTheClock() {
        assertThat(errors(startModal(TestApp.KARI, TestApp.CHANNEL, "Digital sick notes", "hat_by_hat", "10 min")))
                .isEmpty();
        String root = rig.rootTs("Digital sick notes");
        long id = rig.id(root);
        assertThat(read(rig.lastPost(root)))
                .contains("hat by hat", "10 minutes per hat")
                .doesNotContain(SixHatsViews.JOIN);
        rig.click(TestApp.KARI, root, SixHatsViews.START, String.valueOf(id));
        assertThat(nows(root)).containsExactly("Now: Blue hat");
        assertThat(read(rig.lastUpdate(root))).contains("hat 1 of 7", SixHatsViews.NEXT, id + ":0");

        for (int round = 1; round < 7; round++) {
            tick(Duration.ofMinutes(9));
            assertThat(nows(root))
                    .as("round %d is not over after 9 minutes", round)
                    .hasSize(round);
            tick(Duration.ofMinutes(1));
            assertThat(nows(root)).hasSize(round + 1);
            if (round == 1) {
                // Keywords go to the hat of the round: the write modal shows white, and white is stored.
                rig.click(TestApp.EMMA, root, SixHatsViews.WRITE, String.valueOf(id));
                Call modal = rig.app
                        .slack
                        .calls("views.open")
                        .get(rig.app.slack.calls("views.open").size() - 1);
                assertThat(read(modal)).contains(Hat.WHITE.emoji(), "White hat", id + ":1");
                assertThat(errors(rig.write(TestApp.EMMA, id + ":1", "Sick leave went down 10 % in the pilot")))
                        .isEmpty();
            }
            if (round == 2) {
                // Opened under white, sent under red: it stays white. A round from the future counts as now.
                rig.write(TestApp.OLA, id + ":1", "Written while white was on");
                rig.write(TestApp.SVEN, id + ":6", "Det känns bra");
            }
        }
        assertThat(nows(root))
                .containsExactly(
                        "Now: Blue hat",
                        "Now: White hat",
                        "Now: Red hat",
                        "Now: Black hat",
                        "Now: Yellow hat",
                        "Now: Green hat",
                        "Now: Blue hat");
        assertThat(Sql.strings(
                        rig.app.kit().jdbi(),
                        "select hat || ':' || user_id from sixhats_contributions where exercise_id = ? order by id",
                        id))
                .containsExactly("white:UEMMA", "white:UOLA", "red:USVEN");

        // The last hat ends: the facilitator is asked for the conclusion, in a DM with a button.
        tick(Duration.ofMinutes(10));
        assertThat(rig.status(id)).isEqualTo("concluding");
        assertThat(nows(root)).hasSize(7);
        assertThat(rig.thread(root))
                .anySatisfy(c -> assertThat(read(c)).contains("Every hat has had its turn. <@UKARI>"));
        assertThat(rig.app.slack.calls("conversations.open"))
                .anySatisfy(c -> assertThat(c.param("users")).isEqualTo(TestApp.KARI));
        Call dm = rig.app.slack.calls("chat.postMessage").stream()
                .filter(c -> c.param("channel").startsWith("G") && read(c).contains(SixHatsViews.CONCLUDE))
                .findFirst()
                .orElseThrow();
        assertThat(read(dm)).contains("Ta på deg den blå hatten", "Digital sick notes", String.valueOf(id));
        tick(Duration.ofHours(1));
        assertThat(nows(root)).hasSize(7);

        // Still time to write under the last hat while the conclusion is being written.
        assertThat(errors(rig.write(TestApp.ASTRID, String.valueOf(id), "Följ upp om ett halvår")))
                .isEmpty();
        rig.click(TestApp.KARI, dm.param("ts"), SixHatsViews.CONCLUDE, String.valueOf(id));
        assertThat(read(rig.app
                        .slack
                        .calls("views.open")
                        .get(rig.app.slack.calls("views.open").size() - 1)))
                .contains(SixHatsModals.CONCLUSION, "Hva bestemmer vi?");
        assertThat(errors(rig.conclude(TestApp.KARI, id, "Roll it out", "IT sets it up in January")))
                .isEmpty();
        Call summary = rig.thread(root).stream()
                .filter(c -> read(c).contains("Six thinking hats: summary"))
                .findFirst()
                .orElseThrow();
        assertThat(read(summary))
                .contains(
                        "• Sick leave went down 10 % in the pilot",
                        "• Det känns bra", "• Följ upp om ett halvår", "Roll it out", "IT sets it up in January");
        NewLesson lesson = rig.lessons.stream()
                .filter(l -> l.sourceRef().equals("sixhats:" + id))
                .findFirst()
                .orElseThrow();
        assertThat(Rig.underHat(lesson, Hat.WHITE))
                .containsExactly("Sick leave went down 10 % in the pilot", "Written while white was on");
        assertThat(Rig.underHat(lesson, Hat.BLUE)).containsExactly("Följ upp om ett halvår");
        assertThat(lesson.participantIds())
                .containsExactlyInAnyOrder(TestApp.EMMA, TestApp.OLA, TestApp.SVEN, TestApp.ASTRID);
    }

    @Test
    void startingWithTwoSwitchesToHatByHatAndSaysSo() {
        String root = rig.launch(TestApp.OLA, "/sixhats", "Shared calendars", "Shared calendars");
        long id = rig.id(root);
        rig.click(TestApp.OLA, root, SixHatsViews.JOIN, String.valueOf(id));
        rig.click(TestApp.EMMA, root, SixHatsViews.JOIN, String.valueOf(id));
        rig.click(TestApp.OLA, root, SixHatsViews.START, String.valueOf(id));

        assertThat(Sql.one(
                        rig.app.kit().jdbi(),
                        "select mode || ':' || switched from sixhats_exercises where id = ?",
                        String.class,
                        id))
                .isEqualTo("hat_by_hat:1");
        List<String> thread = rig.thread(root).stream().map(Rig::read).toList();
        assertThat(thread.get(0)).contains("Fewer than three people joined", "10 minutes per hat");
        assertThat(thread.get(1)).startsWith("Now: Blue hat");
        assertThat(Sql.count(
                        rig.app.kit().jdbi(),
                        "select count(*) from sixhats_participants where exercise_id = ? and hat is not null",
                        id))
                .isZero();
        assertThat(read(rig.lastUpdate(root)))
                .contains("Now: :large_blue_circle: *Blue hat*")
                .doesNotContain(SixHatsViews.JOIN);
    }

    @Test
    void theFacilitatorOrAManagerMovesOnOrAddsTime() {
        startModal(TestApp.KARI, TestApp.CHANNEL, "New shift plan", "hat_by_hat", "10");
        String root = rig.rootTs("New shift plan");
        long id = rig.id(root);
        rig.click(TestApp.KARI, root, SixHatsViews.START, String.valueOf(id));
        rig.app.clock.advance(Duration.ofMinutes(4));

        rig.click(TestApp.OLA, root, SixHatsViews.NEXT, id + ":0");
        assertThat(nows(root)).containsExactly("Now: Blue hat");
        assertThat(rig.ephemerals(TestApp.OLA)
                        .get(rig.ephemerals(TestApp.OLA).size() - 1)
                        .param("text"))
                .isEqualTo("Only <@UKARI>, who started this exercise, or a manager can do that.");

        rig.click(TestApp.KARI, root, SixHatsViews.NEXT, id + ":0");
        rig.click(TestApp.KARI, root, SixHatsViews.NEXT, id + ":0");
        assertThat(nows(root))
                .as("a second click on the same message moves nothing")
                .containsExactly("Now: Blue hat", "Now: White hat");
        assertThat(rig.ephemerals(TestApp.KARI)
                        .get(rig.ephemerals(TestApp.KARI).size() - 1)
                        .param("text"))
                .contains("allerede gått videre");

        tick(Duration.ofMinutes(6));
        assertThat(nows(root)).as("blue's timer went with blue").hasSize(2);
        rig.click(TestApp.ADMIN, root, SixHatsViews.EXTEND, id + ":1");
        assertThat(rig.thread(root)).anySatisfy(c -> assertThat(c.param("text")).startsWith("5 more minutes:"));
        tick(Duration.ofMinutes(4));
        assertThat(nows(root)).as("white now lasts 15 minutes").hasSize(2);
        tick(Duration.ofMinutes(5));
        assertThat(nows(root)).containsExactly("Now: Blue hat", "Now: White hat", "Now: Red hat");
        rig.click(TestApp.KARI, root, SixHatsViews.EXTEND, id + ":1");
        assertThat(rig.ephemerals(TestApp.KARI)
                        .get(rig.ephemerals(TestApp.KARI).size() - 1)
                        .param("text"))
                .contains("allerede gått videre");

        // Finishing early stops the rounds.
        rig.click(TestApp.KARI, root, SixHatsViews.FINISH, String.valueOf(id));
        assertThat(rig.status(id)).isEqualTo("concluding");
        tick(Duration.ofMinutes(30));
        assertThat(nows(root)).hasSize(3);
    }

    @Test
    void theStartModalChecksTheTimeAndSpeaksTheChannelsLanguage() {
        String channel = "C0NORSK";
        rig.app.kit().languages().setChannel(FakeSlack.TEAM, channel, Lang.NB);
        rig.app.command(TestApp.SVEN, channel, "/sixhats", "");
        Call modal = rig.app.slack.await("views.open", c -> read(c).contains(SixHatsModals.START));
        assertThat(read(modal)).contains("Sex tänkande hattar", "Tid per hatt", "10 minuter", channel);

        assertThat(errors(startModal(TestApp.SVEN, channel, "Ny lönemodell", "hat_by_hat", "1 minut")))
                .startsWith(SixHatsModals.DURATION + ": Skriv en tid från 2 minuter till 2 dagar");
        assertThat(errors(startModal(TestApp.SVEN, channel, "Ny lönemodell", "hat_by_hat", "3 dagar")))
                .isNotEmpty();
        assertThat(errors(startModal(TestApp.SVEN, channel, "   ", "hat_by_hat", "1 t")))
                .startsWith(SixHatsModals.TOPIC + ":");
        assertThat(Sql.count(
                        rig.app.kit().jdbi(), "select count(*) from sixhats_exercises where channel_id = ?", channel))
                .isZero();

        assertThat(errors(startModal(TestApp.SVEN, channel, "Ny lønnsmodell", "hat_by_hat", "1,5 t")))
                .isEmpty();
        String root = rig.rootTs("Ny lønnsmodell");
        assertThat(Sql.one(
                        rig.app.kit().jdbi(),
                        "select round_minutes from sixhats_exercises where message_ts = ?",
                        Integer.class,
                        root))
                .isEqualTo(90);
        Call post = rig.app.slack.calls("chat.postMessage").stream()
                .filter(c -> channel.equals(c.param("channel")))
                .findFirst()
                .orElseThrow();
        assertThat(read(post)).contains("Seks tenkehatter", "*Endring:* Ny lønnsmodell", "90 minutter per hatt");
        rig.click(TestApp.SVEN, root, SixHatsViews.START, String.valueOf(rig.id(root)));
        assertThat(rig.thread(root)).anySatisfy(c -> assertThat(c.param("text")).isEqualTo("Nå: Blå hatt"));
    }

    @Test
    void aRetriedStartModalStartsOneExercise() {
        String body = Payloads.viewSubmission(
                TestApp.EMMA,
                SixHatsModals.START,
                TestApp.CHANNEL,
                Payloads.values(
                        SixHatsModals.TOPIC,
                        SixHatsModals.TOPIC,
                        Payloads.text("Open-plan office"),
                        SixHatsModals.MODE,
                        SixHatsModals.MODE,
                        Payloads.option("in_threes"),
                        SixHatsModals.DURATION,
                        SixHatsModals.DURATION,
                        Payloads.text("10 min")));
        rig.app.signedPost(body, "application/x-www-form-urlencoded");
        rig.app.signedPost(body, "application/x-www-form-urlencoded");
        rig.settle();
        assertThat(Sql.count(
                        rig.app.kit().jdbi(),
                        "select count(*) from sixhats_exercises where topic = 'Open-plan office'"))
                .isEqualTo(1);
        assertThat(rig.app.slack.calls("chat.postMessage").stream().filter(c -> read(c).contains("Open-plan office")))
                .hasSize(1);
    }
}
