package org.kompis.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kompis.testing.FakeSlack;
import org.kompis.testing.Payloads;
import org.kompis.testing.Sql;
import org.kompis.testing.TestApp;

/**
 * Guarantee 7: guests and Slack Connect. A lesson from elsewhere is never shared into a channel shared with another
 * organisation; guests are left out of pairs pools and buddies unless {@code pairs.include_guests} is on (who finds
 * which lesson is {@code lessons.GuestVisibilityTest}), and a member made a guest later leaves them. Before: a public
 * lesson could be shared into a Slack Connect channel, and a guest joined pools and was given as a buddy like anyone.
 */
class GuestsTest {
    static final String CONNECT = "C0CONNECT";
    TestApp app;

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void aLessonFromElsewhereIsNeverSharedIntoAChannelSharedWithAnotherOrganisation() {
        app = TestApp.start();
        app.slack.externallyShared(CONNECT, TestApp.EMMA, TestApp.KARI);
        long general = lesson(TestApp.CHANNEL, "Book the room a week ahead.");
        long own = lesson(CONNECT, "Agree the agenda with the partner first.");

        app.action(TestApp.EMMA, CONNECT, "1.1", "lessons_share", String.valueOf(general), "share-general");
        assertThat(text(app.reply("share-general"))).contains("shared with another organisation");
        assertThat(app.slack.calls("chat.postMessage")).noneMatch(c -> CONNECT.equals(c.param("channel")));

        app.action(TestApp.EMMA, CONNECT, "1.2", "lessons_share", String.valueOf(own), "share-own");
        FakeSlack.Call post = app.slack.await("chat.postMessage", c -> CONNECT.equals(c.param("channel")));
        assertThat(post.param("blocks")).contains("Agree the agenda");
    }

    @Test
    void guestsAreLeftOutOfPoolsAndBuddiesByDefault() {
        app = TestApp.start();
        app.slack.guest(TestApp.OLA);
        assertThat(text(app.reply(app.command(TestApp.OLA, "/pairs", "join")))).contains("guests");
        assertThat(Sql.count(app.kit().jdbi(), "select count(*) from pairs_members"))
                .isZero();

        app.reply(app.command(TestApp.MANAGER, "/pairs", "buddies on <@UOLA> <@UEMMA>"));
        assertThat(app.event("Ev-ola-joined", joined(TestApp.OLA)).statusCode()).isEqualTo(200);
        assertThat(app.event("Ev-sven-joined", joined(TestApp.SVEN)).statusCode())
                .isEqualTo(200);
        Eventual.value(() -> Sql.one(
                app.kit().jdbi(),
                "select max(buddy) from pairs_buddies where newcomer = ?",
                String.class,
                TestApp.SVEN));
        assertThat(Sql.strings(app.kit().jdbi(), "select newcomer || '>' || buddy from pairs_buddies"))
                .containsExactly(TestApp.SVEN + ">" + TestApp.EMMA);
    }

    @Test
    void withIncludeGuestsOnAGuestJoinsAPool() {
        app = TestApp.start("pairs:\n  include_guests: true\n", Instant.parse("2026-11-20T09:00:00Z"));
        app.slack.guest(TestApp.OLA);
        app.reply(app.command(TestApp.OLA, "/pairs", "join"));
        assertThat(Sql.strings(app.kit().jdbi(), "select user_id from pairs_members"))
                .containsExactly(TestApp.OLA);
    }

    /**
     * A member who joined as a full member and is made a guest later. Before: they stayed in the pool and on the
     * buddy list (the join check ran only at joining), and for 5 minutes Kompis still took them for a member.
     */
    @Test
    void aPoolMemberWhoBecomesAGuestLeavesPoolsAndBuddyLists() {
        app = TestApp.start();
        poolAndBuddies();
        app.slack.guest(TestApp.KARI);
        assertThat(app.event("Ev-kari-guest", userChange(TestApp.KARI, "is_restricted", true))
                        .statusCode())
                .isEqualTo(200);

        Eventual.value(() ->
                Sql.count(app.kit().jdbi(), "select count(*) from pairs_members where user_id = ?", TestApp.KARI) == 0
                        ? true
                        : null);
        assertThat(Sql.strings(app.kit().jdbi(), "select user_id from pairs_members"))
                .containsExactly(TestApp.EMMA);
        assertThat(Sql.one(app.kit().jdbi(), "select volunteers from pairs_buddy_settings", String.class))
                .isEqualTo(TestApp.EMMA);
        assertThat(text(app.reply(app.command(TestApp.KARI, "/pairs", "join")))).contains("gjester");
        assertThat(Sql.count(app.kit().jdbi(), "select count(*) from pairs_members where user_id = ?", TestApp.KARI))
                .isZero();
    }

    @Test
    void withIncludeGuestsOnAMemberWhoBecomesAGuestStays() {
        app = TestApp.start("pairs:\n  include_guests: true\n", Instant.parse("2026-11-20T09:00:00Z"));
        poolAndBuddies();
        app.slack.guest(TestApp.KARI);
        app.event("Ev-kari-guest", userChange(TestApp.KARI, "is_ultra_restricted", true));
        // A later change that does take someone out shows the events were handled.
        app.event("Ev-emma-left", userChange(TestApp.EMMA, "deleted", true));
        Eventual.value(() ->
                Sql.count(app.kit().jdbi(), "select count(*) from pairs_members where user_id = ?", TestApp.EMMA) == 0
                        ? true
                        : null);
        assertThat(Sql.strings(app.kit().jdbi(), "select user_id from pairs_members"))
                .containsExactly(TestApp.KARI);
        assertThat(Sql.one(app.kit().jdbi(), "select volunteers from pairs_buddy_settings", String.class))
                .isEqualTo(TestApp.KARI);
    }

    private void poolAndBuddies() {
        app.reply(app.command(TestApp.KARI, "/pairs", "join"));
        app.reply(app.command(TestApp.EMMA, "/pairs", "join"));
        app.reply(app.command(TestApp.MANAGER, "/pairs", "buddies on <@UKARI> <@UEMMA>"));
        assertThat(Sql.strings(app.kit().jdbi(), "select user_id from pairs_members"))
                .containsExactlyInAnyOrder(TestApp.KARI, TestApp.EMMA);
    }

    private static JsonObject userChange(String id, String flag, boolean value) {
        JsonObject user = new JsonObject();
        user.addProperty("id", id);
        user.addProperty("team_id", FakeSlack.TEAM);
        user.addProperty(flag, value);
        JsonObject e = new JsonObject();
        e.addProperty("type", "user_change");
        e.add("user", user);
        e.addProperty("event_ts", "1700000000.000200");
        return e;
    }

    private long lesson(String channel, String text) {
        assertThat(app.submit(
                                TestApp.EMMA,
                                "lessons_add_modal",
                                channel,
                                Payloads.values("text", "text", Payloads.text(text)))
                        .statusCode())
                .isEqualTo(200);
        Eventual.value(() -> Sql.one(
                app.kit().jdbi(),
                "select max(channel_id) from lesson_channels where channel_id = ?",
                String.class,
                channel));
        return Sql.one(app.kit().jdbi(), "select id from lessons where text = ?", Long.class, text);
    }

    private static JsonObject joined(String user) {
        JsonObject e = new JsonObject();
        e.addProperty("type", "member_joined_channel");
        e.addProperty("user", user);
        e.addProperty("channel", TestApp.CHANNEL);
        e.addProperty("channel_type", "C");
        e.addProperty("team", FakeSlack.TEAM);
        e.addProperty("event_ts", "1700000000.000100");
        return e;
    }

    private static String text(String json) {
        return JsonParser.parseString(json).getAsJsonObject().get("text").getAsString();
    }
}
