package org.kompis.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kompis.lessons.LessonsRig.form;
import static org.kompis.lessons.LessonsRig.search;
import static org.kompis.lessons.LessonsRig.shown;

import com.google.gson.JsonObject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kompis.testing.FakeSlack;
import org.kompis.testing.Json;
import org.kompis.testing.Sql;
import org.kompis.testing.TestApp;

/**
 * Who finds a lesson, decided when they search: a private channel's lesson is found by its members only, is never
 * shared into another channel, never appears in another channel's digest, and follows the channel when it is
 * deleted or made private (by event, or found out when Slack is asked again).
 */
class LessonsPrivacyFlowTest {
    static final String SECRET = "C0SECRET";
    static final String OPEN = "C0OPEN";
    TestApp app;

    @BeforeEach
    void start() {
        app = TestApp.start("", Instant.parse("2026-11-20T09:00:00Z"));
        // One channel per page: every search follows Slack's cursors to the viewer's last channel.
        app.slack
                .privateChannel(SECRET, TestApp.KARI, TestApp.SVEN)
                .channel(OPEN, TestApp.KARI, TestApp.OLA)
                .pageSize(1);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private long secretLesson() {
        return LessonsRig.add(
                app,
                TestApp.KARI,
                SECRET,
                form(
                        "The salary negotiation went badly because we had no numbers.",
                        "Salaries",
                        "pay",
                        "on_the_job",
                        "workspace"));
    }

    @Test
    void aPrivateChannelsLessonIsFoundByItsMembersOnly() {
        secretLesson();
        assertThat(Sql.count(
                        app.kit().jdbi(),
                        "select count(*) from lesson_channels where channel_id = ? and is_private = 1",
                        SECRET))
                .isEqualTo(1);
        assertThat(app.slack
                        .await("chat.postEphemeral", c -> TestApp.KARI.equals(c.param("user")))
                        .param("text"))
                .contains("er privat");
        assertThat(search(app, TestApp.SVEN, SECRET, "salary negotiation")).contains("*Salaries*");
        assertThat(search(app, TestApp.KARI, "#pay")).contains("*Salaries*");
        assertThat(search(app, TestApp.EMMA, "salary negotiation"))
                .contains("Nothing matches")
                .doesNotContain("Salaries");
        assertThat(search(app, TestApp.EMMA, "in:<#C0SECRET|secret>")).doesNotContain("Salaries");
        assertThat(search(app, TestApp.EMMA, "#pay")).doesNotContain("Salaries");
    }

    @Test
    void aChannelSlackWillNotDescribeIsTakenForPrivate() {
        // A private channel Kompis is not in: conversations.info answers channel_not_found.
        LessonsRig.add(
                app,
                TestApp.KARI,
                "C0UNSEEN",
                form("Nobody outside should read this.", "Unseen", null, null, "channel"));
        assertThat(Sql.count(
                        app.kit().jdbi(),
                        "select count(*) from lesson_channels where channel_id = 'C0UNSEEN' and is_private = 1"))
                .isEqualTo(1);
        assertThat(search(app, TestApp.EMMA, "nobody outside")).doesNotContain("Unseen");
        assertThat(search(app, TestApp.KARI, "nobody outside")).contains("*Unseen*");
    }

    @Test
    void itIsNeverSharedIntoAnotherChannelButCanBeInItsOwn() {
        long id = secretLesson();
        app.action(TestApp.SVEN, TestApp.CHANNEL, "1.1", LessonsViews.SHARE, String.valueOf(id), "share-out");
        assertThat(Json.text(app.reply("share-out"))).contains("bara delas där");
        // Emma is no member: even the lesson's id does not get her anything.
        app.action(TestApp.EMMA, TestApp.CHANNEL, "1.2", LessonsViews.SHARE, String.valueOf(id), "share-emma");
        assertThat(Json.text(app.reply("share-emma"))).contains("no longer there for you");
        assertThat(app.slack.calls("chat.postMessage"))
                .noneSatisfy(c -> assertThat(shown(c)).contains("salary negotiation"));

        app.action(TestApp.SVEN, SECRET, "1.3", LessonsViews.SHARE, String.valueOf(id), "share-in");
        FakeSlack.Call post = app.slack.await("chat.postMessage", c -> shown(c).contains("salary negotiation"));
        assertThat(post.param("channel")).isEqualTo(SECRET);
    }

    @Test
    void aDigestInAnotherChannelLeavesItOutAndItsOwnDigestHasIt() {
        secretLesson();
        LessonsRig.add(
                app,
                TestApp.OLA,
                OPEN,
                form("Book the big room a week ahead for all-hands.", "Meetings", null, null, "channel"));
        app.command(TestApp.MANAGER, TestApp.CHANNEL, "/lessons", "digest fri 09:00");
        app.command(TestApp.MANAGER, SECRET, "/lessons", "digest fri 09:00");
        LessonsRig.waitFor(() ->
                Sql.count(app.kit().jdbi(), "select count(*) from schedules where ritual = 'lessons-digest'") == 2);

        app.clock.set(Instant.parse("2026-11-27T08:00:00Z"));
        app.kit().scheduler().runDue();
        FakeSlack.Call general = app.slack.await("chat.postMessage", c -> TestApp.CHANNEL.equals(c.param("channel")));
        assertThat(shown(general))
                .contains("Lessons of the week", "Book the big room")
                .doesNotContain("salary", "Salaries");
        FakeSlack.Call own = app.slack.await("chat.postMessage", c -> SECRET.equals(c.param("channel")));
        assertThat(shown(own)).contains("salary negotiation", "Book the big room");
    }

    @Test
    void deletingThePrivateChannelHidesItsLessonsFromAllButTheAuthor() {
        secretLesson();
        assertThat(app.event("Ev-del-1", event("group_deleted", SECRET)).statusCode())
                .isEqualTo(200);
        assertThat(Sql.count(
                        app.kit().jdbi(),
                        "select count(*) from lesson_channels where channel_id = ? and deleted = 1",
                        SECRET))
                .isEqualTo(1);
        assertThat(search(app, TestApp.SVEN, "salary")).doesNotContain("Salaries");
        assertThat(search(app, TestApp.KARI, "salary")).contains("Salaries");
    }

    @Test
    void aPublicChannelsLessonsStayFindableAfterItIsDeleted() {
        LessonsRig.add(
                app, TestApp.OLA, OPEN, form("Agendas go out the day before.", "Meetings", null, null, "channel"));
        assertThat(search(app, TestApp.EMMA, "agendas")).contains("*Meetings*");
        app.event("Ev-del-2", event("channel_deleted", OPEN));
        assertThat(search(app, TestApp.EMMA, "agendas")).contains("*Meetings*");
    }

    @Test
    void theConversionEventMakesAPublicChannelsLessonsPrivate() {
        LessonsRig.add(
                app, TestApp.OLA, OPEN, form("Agendas go out the day before.", "Meetings", null, null, "workspace"));
        assertThat(search(app, TestApp.EMMA, "agendas")).contains("*Meetings*");
        JsonObject converted = event("message", OPEN);
        converted.addProperty("subtype", "channel_convert_to_private");
        converted.addProperty("channel_type", "group");
        assertThat(app.event("Ev-conv-1", converted).statusCode()).isEqualTo(200);
        assertThat(Sql.count(
                        app.kit().jdbi(),
                        "select count(*) from lessons where channel_id = ? and visibility = 'channel'",
                        OPEN))
                .as("shared with the workspace, now back to the channel")
                .isEqualTo(1);
        assertThat(search(app, TestApp.EMMA, "agendas")).doesNotContain("Meetings");
        assertThat(search(app, TestApp.OLA, "agendas")).contains("*Meetings*");
    }

    @Test
    void aConversionWithoutAnEventIsFoundWhenSlackIsAskedAgain() {
        LessonsRig.add(
                app, TestApp.OLA, OPEN, form("Agendas go out the day before.", "Meetings", null, null, "channel"));
        assertThat(search(app, TestApp.EMMA, "agendas")).contains("*Meetings*");
        app.slack.privateChannel(OPEN, TestApp.KARI, TestApp.OLA);
        app.clock.advance(Duration.ofMinutes(2));
        assertThat(search(app, TestApp.EMMA, "agendas")).doesNotContain("Meetings");
        assertThat(Sql.count(
                        app.kit().jdbi(),
                        "select count(*) from lesson_channels where channel_id = ? and is_private = 1",
                        OPEN))
                .isEqualTo(1);
        assertThat(search(app, TestApp.OLA, "agendas")).contains("*Meetings*");
    }

    private static JsonObject event(String type, String channel) {
        JsonObject e = new JsonObject();
        e.addProperty("type", type);
        e.addProperty("channel", channel);
        e.addProperty("event_ts", "1700000000.000100");
        return e;
    }
}
