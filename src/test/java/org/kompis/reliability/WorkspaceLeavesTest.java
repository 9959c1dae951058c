package org.kompis.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kompis.slack.SlackCallException;
import org.kompis.testing.FakeSlack;
import org.kompis.testing.Sql;
import org.kompis.testing.TestApp;

/**
 * Guarantee 6: uninstall and people who leave. Slack's events arrive in either order and more than once; a token Slack
 * refuses pauses the workspace instead of failing every week. Before: in one-workspace mode both events were ignored
 * (schedules kept running against a dead token, every week), a deactivated person stayed in pools and reviews, and
 * {@code invalid_auth} failed each run anew with nobody told.
 */
class WorkspaceLeavesTest {
    static final AtomicLong TS = new AtomicLong(100_000);
    TestApp app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void uninstallInEitherOrderAndRepeatedStopsEverythingAndAReinstallWorks() {
        app = TestApp.start();
        schedule();
        event("Ev-revoked-1", tokensRevoked());
        event("Ev-uninstalled", type("app_uninstalled"));
        long first = Eventual.value(() -> Sql.one(
                app.kit().jdbi(),
                "select max(uninstalled_at) from workspace_stops where team_id = ?",
                Long.class,
                FakeSlack.TEAM));
        app.clock.advance(Duration.ofMinutes(5));
        event("Ev-revoked-2", tokensRevoked());
        event("Ev-uninstalled-again", type("app_uninstalled"));

        Eventual.value(() ->
                Sql.count(app.kit().jdbi(), "select count(*) from schedules where paused = 0") == 0 ? true : null);
        assertThat(Sql.one(
                        app.kit().jdbi(),
                        "select uninstalled_at from workspace_stops where team_id = ?",
                        Long.class,
                        FakeSlack.TEAM))
                .isEqualTo(first);
        int before = app.slack.calls().size();
        assertThatThrownBy(() -> app.kit().slack().team(FakeSlack.TEAM).user(TestApp.KARI))
                .isInstanceOf(SlackCallException.class)
                .hasMessageContaining("not_installed");
        assertThat(app.slack.calls()).hasSize(before);

        // Installed again: Slack sends requests from the workspace once more, and Kompis answers them.
        String reply = app.reply(app.command(TestApp.MANAGER, "/kompis", "help"));
        assertThat(reply).isNotBlank();
        assertThat(Sql.count(app.kit().jdbi(), "select count(*) from workspace_stops"))
                .isZero();
        assertThat(app.kit().slack().team(FakeSlack.TEAM).user(TestApp.KARI).id())
                .isEqualTo(TestApp.KARI);
    }

    @Test
    void anUninstalledWorkspacesDataIsKeptForTheRetentionPeriodThenPurged() {
        app = TestApp.start("retention_days: 30\n", Instant.parse("2026-11-20T09:00:00Z"));
        schedule();
        app.kit()
                .jdbi()
                .useHandle(h -> h.execute("insert into channel_settings(team_id, channel_id, lang) "
                        + "values ('T0OTHER', 'C0OTHER', 'sv')"));
        event("Ev-uninstalled", type("app_uninstalled"));
        Eventual.value(() -> Sql.one(
                app.kit().jdbi(),
                "select max(uninstalled_at) from workspace_stops where team_id = ?",
                Long.class,
                FakeSlack.TEAM));

        app.clock.advance(Duration.ofDays(29));
        app.kit().privacy().purge(app.clock.millis() - Duration.ofDays(30).toMillis());
        assertThat(Sql.count(app.kit().jdbi(), "select count(*) from schedules"))
                .isEqualTo(1);

        app.clock.advance(Duration.ofDays(2));
        app.kit().privacy().purge(app.clock.millis() - Duration.ofDays(30).toMillis());
        assertThat(Sql.count(app.kit().jdbi(), "select count(*) from schedules"))
                .isZero();
        assertThat(Sql.count(
                        app.kit().jdbi(), "select count(*) from channel_settings where team_id = ?", FakeSlack.TEAM))
                .isZero();
        assertThat(Sql.count(app.kit().jdbi(), "select count(*) from channel_settings where team_id = 'T0OTHER'"))
                .isEqualTo(1);
        assertThat(Sql.count(app.kit().jdbi(), "select count(*) from workspace_stops"))
                .isEqualTo(1);
    }

    @Test
    void aDeactivatedPersonLeavesPoolsAndBuddyListsAndIsNoLongerWaitedFor() {
        app = TestApp.start();
        app.reply(app.command(TestApp.KARI, "/pairs", "join"));
        app.reply(app.command(TestApp.EMMA, "/pairs", "join"));
        app.reply(app.command(TestApp.MANAGER, "/pairs", "buddies on <@UKARI> <@UEMMA>"));
        app.command(TestApp.MANAGER, "/aar", "Snow clearing <@UKARI> <@USVEN>");
        long review = Eventual.value(() ->
                Sql.one(app.kit().jdbi(), "select max(id) from aar_reviews where message_ts is not null", Long.class));
        assertThat(Sql.strings(app.kit().jdbi(), "select user_id from aar_participants where review_id = ?", review))
                .contains(TestApp.KARI);

        JsonObject user = new JsonObject();
        user.addProperty("id", TestApp.KARI);
        user.addProperty("team_id", FakeSlack.TEAM);
        user.addProperty("deleted", true);
        JsonObject change = type("user_change");
        change.add("user", user);
        event("Ev-kari-left", change);

        Eventual.value(() ->
                Sql.count(app.kit().jdbi(), "select count(*) from pairs_members where user_id = ?", TestApp.KARI) == 0
                        ? true
                        : null);
        assertThat(Sql.strings(app.kit().jdbi(), "select user_id from pairs_members"))
                .containsExactly(TestApp.EMMA);
        Eventual.value(() ->
                Sql.count(app.kit().jdbi(), "select count(*) from aar_participants where user_id = ?", TestApp.KARI)
                                == 0
                        ? true
                        : null);
        assertThat(Sql.strings(app.kit().jdbi(), "select user_id from aar_participants where review_id = ?", review))
                .contains(TestApp.SVEN);
        assertThat(Sql.one(app.kit().jdbi(), "select volunteers from pairs_buddy_settings", String.class))
                .isEqualTo(TestApp.EMMA);
    }

    @Test
    void aTokenSlackRefusesPausesTheSchedulesAndTellsTheManagersOnceUntilResumed() {
        app = TestApp.start();
        schedule();
        app.slack.on(
                "chat.postMessage",
                c -> TestApp.CHANNEL.equals(c.param("channel"))
                        ? Map.of("ok", false, "error", "invalid_auth")
                        : Map.of(
                                "ok",
                                true,
                                "channel",
                                String.valueOf(c.param("channel")),
                                "ts",
                                "1." + TS.incrementAndGet()));
        app.command(TestApp.MANAGER, "/reflect", "now");
        app.command(TestApp.MANAGER, "/reflect", "now");

        Eventual.value(() ->
                Sql.count(app.kit().jdbi(), "select count(*) from schedules where paused = 1") == 1 ? true : null);
        FakeSlack.Call told = app.slack.await(
                "chat.postMessage",
                c -> c.param("text") != null && c.param("text").contains("/kompis resume"));
        assertThat(told.param("text")).contains("invalid_auth");
        Eventual.value(() -> app.slack.calls("chat.postMessage").stream()
                                .filter(c -> TestApp.CHANNEL.equals(c.param("channel")))
                                .count()
                        >= 2
                ? true
                : null);
        // Both refusals handled before the resume: one still in flight would rightly pause the schedule again.
        Eventual.value(() ->
                Sql.count(app.kit().jdbi(), "select count(*) from outbox where status in ('pending', 'sending')") == 0
                        ? true
                        : null);
        assertThat(app.slack.calls("chat.postMessage").stream()
                        .filter(c -> c.param("text") != null && c.param("text").contains("/kompis resume")))
                .hasSize(1);

        String resumed = app.reply(app.command(TestApp.MANAGER, "/kompis", "resume"));
        assertThat(resumed).contains("1");
        assertThat(Sql.count(app.kit().jdbi(), "select count(*) from schedules where paused = 0"))
                .isEqualTo(1);
        assertThat(Sql.count(app.kit().jdbi(), "select count(*) from workspace_stops"))
                .isZero();
    }

    private void schedule() {
        app.reply(app.command(TestApp.MANAGER, "/reflect", "schedule fri 09:00"));
        assertThat(Sql.count(app.kit().jdbi(), "select count(*) from schedules where paused = 0"))
                .isEqualTo(1);
    }

    private void event(String id, JsonObject event) {
        assertThat(app.event(id, event).statusCode()).isEqualTo(200);
    }

    private static JsonObject type(String type) {
        JsonObject e = new JsonObject();
        e.addProperty("type", type);
        return e;
    }

    private static JsonObject tokensRevoked() {
        JsonObject tokens = new JsonObject();
        tokens.add("oauth", new JsonArray());
        JsonArray bot = new JsonArray();
        bot.add("UBOT");
        tokens.add("bot", bot);
        JsonObject e = type("tokens_revoked");
        e.add("tokens", tokens);
        return e;
    }
}
