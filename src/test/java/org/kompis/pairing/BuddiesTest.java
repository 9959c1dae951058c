package org.kompis.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kompis.testing.Payloads;
import org.kompis.testing.Sql;
import org.kompis.testing.TestApp;

/** Buddies for newcomers: turned on with volunteers, given on member_joined_channel, checked in on after a week and a month. */
class BuddiesTest {
    static final String NORA = "UNORA";
    static final String NILS = "UNILS";
    static final String LIV = "ULIV";
    static PairsRig rig;

    @BeforeAll
    static void start() {
        rig = PairsRig.start();
        rig.app
                .slack
                .user(NORA, "Nora Ny", "nb-NO", false)
                .user(NILS, "Nils Ny", "sv-SE", false)
                .user(LIV, "Liv Ny", "en-GB", false);
    }

    @AfterAll
    static void stop() {
        rig.close();
    }

    private static JsonObject joined(String user, String channel) {
        JsonObject e = new JsonObject();
        e.addProperty("type", "member_joined_channel");
        e.addProperty("user", user);
        e.addProperty("channel", channel);
        e.addProperty("channel_type", "C");
        e.addProperty("team", "T0KOMPIS");
        e.addProperty("inviter", TestApp.MANAGER);
        e.addProperty("event_ts", "1700000000.000100");
        return e;
    }

    private static String buddyOf(String channel, String newcomer) {
        return Sql.one(
                rig.app.kit().jdbi(),
                "select buddy from pairs_buddies where channel_id = ? and newcomer = ?",
                String.class,
                channel,
                newcomer);
    }

    private static String dm(String a, String b) {
        return Sql.one(
                rig.app.kit().jdbi(),
                "select dm_channel_id from pairs_buddies where newcomer = ? and buddy = ?",
                String.class,
                a,
                b);
    }

    @Test
    void aNewcomerGetsTheLeastBusyVolunteerFromAnotherTeamMeetsThemAndIsCheckedOn() {
        String channel = "C0NEW";
        assertThat(rig.run(TestApp.EMMA, channel, "buddies on <@UOLA|ola> <@UASTRID|astrid>"))
                .contains("Only managers");
        assertThat(rig.run(TestApp.MANAGER, channel, "buddies on <@UOLA|ola> <@UASTRID|astrid>"))
                .contains("Fadderordningen er slått på", "<@UOLA>, <@UASTRID>");

        assertThat(rig.app.event("Ev1", joined(NORA, channel)).statusCode()).isEqualTo(200);
        PairsRig.eventually(() -> assertThat(dm(NORA, TestApp.ASTRID))
                .as("equal load, unknown teams: the first id")
                .isNotNull());
        rig.settle();
        String noraDm = dm(NORA, TestApp.ASTRID);
        assertThat(rig.app.slack.calls("conversations.open"))
                .anySatisfy(c -> assertThat(c.param("users")).isEqualTo(NORA + "," + TestApp.ASTRID));
        assertThat(rig.posts(noraDm))
                .singleElement()
                .satisfies(c -> assertThat(PairsRig.shown(c))
                        .contains("Møt fadderen din", "Velkommen til <#C0NEW>, <@UNORA>! <@UASTRID> er fadderen din"));

        // Slack repeats the event, and Nora leaves and comes back: still one buddy, one intro.
        rig.app.event("Ev1", joined(NORA, channel));
        rig.app.event("Ev1b", joined(NORA, channel));
        rig.settle();
        assertThat(Sql.count(rig.app.kit().jdbi(), "select count(*) from pairs_buddies where newcomer = ?", NORA))
                .isEqualTo(1);
        assertThat(rig.posts(noraDm)).hasSize(1);

        rig.app.event("Ev2", joined(NILS, channel));
        PairsRig.eventually(() -> assertThat(buddyOf(channel, NILS))
                .as("Astrid has one newcomer already")
                .isEqualTo(TestApp.OLA));

        // Equal load again: Liv from HR gets the volunteer from another team.
        rig.submit(
                TestApp.OLA,
                ProfileModal.CALLBACK,
                channel,
                Payloads.values(ProfileModal.UNIT, ProfileModal.UNIT, Payloads.text("HR")));
        rig.submit(
                TestApp.ASTRID,
                ProfileModal.CALLBACK,
                channel,
                Payloads.values(ProfileModal.UNIT, ProfileModal.UNIT, Payloads.text("IT")));
        rig.submit(
                LIV,
                ProfileModal.CALLBACK,
                channel,
                Payloads.values(ProfileModal.UNIT, ProfileModal.UNIT, Payloads.text("hr")));
        rig.app.event("Ev3", joined(LIV, channel));
        PairsRig.eventually(() -> assertThat(buddyOf(channel, LIV)).isEqualTo(TestApp.ASTRID));

        // A volunteer who joins is never their own buddy.
        rig.app.event("Ev4", joined(TestApp.OLA, channel));
        PairsRig.eventually(() -> assertThat(buddyOf(channel, TestApp.OLA)).isEqualTo(TestApp.ASTRID));

        rig.settle();
        assertThat(rig.run(TestApp.EMMA, channel, "buddies"))
                .contains("Buddy volunteers:* Ola Hansen, Astrid Lindqvist", "Nora Ny — buddy: Astrid Lindqvist");

        rig.app.clock.advance(Duration.ofDays(7));
        rig.app.kit().scheduler().runDue();
        assertThat(rig.posts(noraDm))
                .anySatisfy(c -> assertThat(PairsRig.shown(c)).contains("En uke allerede! <@UNORA>"));
        rig.app.clock.advance(Duration.ofDays(23));
        rig.app.kit().scheduler().runDue();
        assertThat(rig.posts(noraDm))
                .anySatisfy(c -> assertThat(PairsRig.shown(c)).contains("Nå har det gått en måned"));
        assertThat(rig.posts(noraDm)).hasSize(3);
    }

    @Test
    void noBuddiesWhereTheyAreOffOrNobodyCanBeOne() {
        rig.app.event("Ev10", joined(NILS, "C0QUIET"));
        rig.settle();
        assertThat(Sql.count(rig.app.kit().jdbi(), "select count(*) from pairs_buddies where channel_id = 'C0QUIET'"))
                .isZero();

        String channel = "C0SOLO";
        rig.run(TestApp.ADMIN, channel, "buddies on <@UEMMA>");
        rig.app.event("Ev11", joined(TestApp.EMMA, channel));
        rig.settle();
        assertThat(Sql.count(rig.app.kit().jdbi(), "select count(*) from pairs_buddies where channel_id = ?", channel))
                .isZero();
        PairsRig.eventually(() -> assertThat(rig.posts("G" + Math.abs(TestApp.ADMIN.hashCode())))
                .anySatisfy(c -> assertThat(PairsRig.shown(c))
                        .contains("<@UEMMA> joined <#C0SOLO>, but there is no buddy volunteer")));

        assertThat(rig.run(TestApp.ADMIN, channel, "buddies off")).contains("Buddies are off");
        rig.app.event("Ev12", joined(LIV, channel));
        rig.settle();
        assertThat(Sql.count(rig.app.kit().jdbi(), "select count(*) from pairs_buddies where channel_id = ?", channel))
                .isZero();
        assertThat(rig.run(TestApp.ADMIN, channel, "buddies")).contains("No buddies for newcomers");
        assertThat(rig.run(TestApp.ADMIN, channel, "buddies on")).contains("/pairs buddies on @anna @per");
    }
}
