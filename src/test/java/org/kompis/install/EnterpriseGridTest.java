package org.kompis.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kompis.testing.Eventually.eventually;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kompis.testing.Payloads;
import org.kompis.testing.Sql;
import org.kompis.testing.TestApp;

/**
 * Issue 16, item 3: Enterprise Grid with an org-wide install. Two workspaces of one org share a channel, and it is
 * one channel: one schedule, one weekly prompt, forms saved once, whichever workspace the request comes from. A
 * Slack Connect channel with another org, or a workspace outside any org, is not merged.
 */
class EnterpriseGridTest {
    static final String ORG = "E0ORG";
    static final String W1 = "T0ORGW1";
    static final String W2 = "T0ORGW2";
    static final String SHARED = "C0SHARED";
    static final String NONE = "Denne kanalen har ingen tidsplan ennå";
    OAuthRig rig = new OAuthRig(Map.of());

    @AfterEach
    void close() {
        rig.close();
    }

    @Test
    void aChannelSharedByTwoWorkspacesOfTheOrgHasOneScheduleAndOnePrompt() {
        installOrg(ORG);
        say(ORG, W1, TestApp.MANAGER, "/reflect", "schedule fre 10:01");
        assertThat(say(ORG, W2, TestApp.MANAGER, "/reflect", "status"))
                .as("workspace 2 sees the schedule workspace 1 set")
                .doesNotContain(NONE)
                .contains("10:01");
        say(ORG, W2, TestApp.MANAGER, "/reflect", "schedule fre 10:01");
        assertThat(Sql.count(rig.app.kit().jdbi(), "select count(*) from schedules where channel_id = ?", SHARED))
                .as("one schedule for the channel, not one a workspace")
                .isEqualTo(1);
        JsonObject home = new JsonObject();
        home.addProperty("type", "app_home_opened");
        home.addProperty("user", TestApp.KARI);
        home.addProperty("channel", "D0KARI2");
        home.addProperty("tab", "home");
        rig.post(Payloads.inOrg(Payloads.event("Ev-grid-home", home), ORG), W2, "application/json");
        assertThat(rig.app
                        .slack
                        .await("views.publish", c -> TestApp.KARI.equals(c.param("user_id")))
                        .param("view"))
                .as("workspace 2's App Home lists the shared channel's schedule among what is coming up")
                .contains(SHARED);

        rig.app.clock.set(Instant.parse("2026-11-20T09:01:00Z"));
        rig.app.kit().scheduler().runDue();
        rig.app.slack.await("chat.postMessage", c -> SHARED.equals(c.param("channel")));
        sleep(1500);
        assertThat(rig.app.slack.calls("chat.postMessage").stream().filter(c -> SHARED.equals(c.param("channel"))))
                .as("the weekly prompt posts once")
                .hasSize(1);
    }

    @Test
    void aFormOpenedFromTheOtherWorkspaceSavesTheHomesSettings() {
        installOrg(ORG);
        say(ORG, W1, TestApp.MANAGER, "/reflect", "status");
        rig.app.slack.on("views.open", c -> Map.of("ok", true, "view", Map.of("id", "VGRIDFORM")));
        rig.post(
                Payloads.inOrg(
                        Payloads.command("/reflect", "schedule", TestApp.MANAGER, SHARED, "http://127.0.0.1:1/x"), ORG),
                W2,
                "application/x-www-form-urlencoded");
        rig.app.slack.await("views.open", c -> c.param("view").contains("reflect_settings"));
        // A person submits a form seconds after Slack showed it; here the submission waits until Kompis has it.
        eventually(() -> assertThat(Sql.count(rig.app.kit().jdbi(), "select count(*) from org_forms"))
                .isEqualTo(1));
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
                Payloads.option("Europe/Oslo"),
                "frequency",
                "frequency",
                Payloads.option("1"),
                "language",
                "language",
                Payloads.option("nb"),
                "anonymity",
                "anonymity",
                Payloads.options(),
                "holidays",
                "holidays",
                Payloads.option("no"),
                "themes",
                "themes",
                Payloads.options("mistakes"));
        rig.post(
                Payloads.inOrg(
                        Payloads.viewSubmission(
                                TestApp.MANAGER, "reflect_settings", SHARED + "|nb", values, "VGRIDFORM"),
                        ORG),
                W2,
                "application/x-www-form-urlencoded");
        eventually(() -> assertThat(
                        Sql.count(rig.app.kit().jdbi(), "select count(*) from schedules where channel_id = ?", SHARED))
                .isEqualTo(1));
        assertThat(Sql.one(
                        rig.app.kit().jdbi(),
                        "select team_id from reflection_channels where channel_id = '" + SHARED + "'",
                        String.class))
                .as("saved under the channel's home, the workspace of the org that used it first")
                .isEqualTo(W1);
        assertThat(say(ORG, W1, TestApp.MANAGER, "/reflect", "status")).contains("10:30");
    }

    @Test
    void aChannelSharedWithAnotherOrgOrAWorkspaceOutsideAnyOrgIsNotMerged() {
        installOrg(ORG);
        installOrg("E0OTHER");
        assertThat(rig.install("", "nb", rig.oauth.code("T0PLAIN", null, TestApp.MANAGER))
                        .statusCode())
                .isEqualTo(200);
        rig.app.slack.homeTeam("T0OTHERW", TestApp.SVEN).homeTeam("T0PLAIN", TestApp.ASTRID);
        say(ORG, W1, TestApp.MANAGER, "/reflect", "schedule fre 10:01");
        assertThat(say("E0OTHER", "T0OTHERW", TestApp.SVEN, "/reflect", "status"))
                .as("Slack Connect: the other org's side of the channel is its own")
                .doesNotContain("10:01");
        assertThat(say(null, "T0PLAIN", TestApp.ASTRID, "/reflect", "status")).doesNotContain("10:01");
        assertThat(Sql.count(rig.app.kit().jdbi(), "select count(*) from org_channels where channel_id = ?", SHARED))
                .as("a home in each org")
                .isEqualTo(2);
    }

    @Test
    void inTheSharedChannelTheHomesManagersDecide() {
        installOrg(ORG);
        rig.app.slack.orgUsers(ORG, TestApp.SVEN).userGroup("w2leads", TestApp.SVEN);
        rig.app.slack.channel("C0W2ONLY", TestApp.SVEN, TestApp.MANAGER);
        // Workspace 2's admins made its own user group its managers (/kompis settings); workspace 1 did not.
        rig.app
                .kit()
                .jdbi()
                .useHandle(h -> h.execute(
                        "insert into workspace_settings(team_id, manager_group, updated_at) values (?, 'w2leads', 0)",
                        W2));
        say(ORG, W1, TestApp.MANAGER, "/reflect", "status");

        say(ORG, W2, TestApp.SVEN, "C0W2ONLY", "/reflect", "schedule fre 10:01");
        assertThat(Sql.count(rig.app.kit().jdbi(), "select count(*) from schedules where channel_id = 'C0W2ONLY'"))
                .as("a manager of workspace 2 in its own channel")
                .isEqualTo(1);
        say(ORG, W2, TestApp.SVEN, SHARED, "/reflect", "schedule fre 10:01");
        assertThat(Sql.count(rig.app.kit().jdbi(), "select count(*) from schedules where channel_id = ?", SHARED))
                .as("the shared channel is workspace 1's: its managers decide, checked on the server")
                .isZero();
    }

    @Test
    void workspaceSettingsTypedInTheSharedChannelAreTheTypingWorkspaces() {
        installOrg(ORG);
        rig.app.slack.orgUsers(ORG, TestApp.ADMIN);
        say(ORG, W1, TestApp.MANAGER, "/reflect", "status");
        rig.app.slack.on("views.open", c -> Map.of("ok", true, "view", Map.of("id", "VSETTINGS")));
        rig.post(
                Payloads.inOrg(
                        Payloads.command("/kompis", "settings", TestApp.ADMIN, SHARED, "http://127.0.0.1:1/x"), ORG),
                W2,
                "application/x-www-form-urlencoded");
        rig.app.slack.await("views.open", c -> c.param("view").contains("workspace_settings"));
        JsonObject form = Payloads.values(
                "lang",
                "lang",
                Payloads.option("sv"),
                "zone",
                "zone",
                Payloads.option("Europe/Stockholm"),
                "holidays",
                "holidays",
                Payloads.option("se"),
                "group",
                "group",
                Payloads.text(""),
                "retention",
                "retention",
                Payloads.text(""));
        rig.post(
                Payloads.inOrg(
                        Payloads.viewSubmission(TestApp.ADMIN, "workspace_settings", "", form, "VSETTINGS"), ORG),
                W2,
                "application/x-www-form-urlencoded");
        eventually(() -> assertThat(Sql.strings(rig.app.kit().jdbi(), "select team_id from workspace_settings"))
                .as("settings are per workspace: workspace 2's own, wherever its admin typed the command")
                .containsExactly(W2));
    }

    @Test
    void anEventAboutTheSharedChannelFromTheOtherWorkspaceIsTheHomes() {
        installOrg(ORG);
        say(ORG, W1, TestApp.MANAGER, "/reflect", "status");
        JsonObject deleted = new JsonObject();
        deleted.addProperty("type", "group_deleted");
        deleted.addProperty("channel", SHARED);
        deleted.addProperty("event_ts", "1700000000.000100");
        assertThat(rig.post(Payloads.inOrg(Payloads.event("Ev-grid-del", deleted), ORG), W2, "application/json")
                        .statusCode())
                .isEqualTo(200);
        eventually(() -> assertThat(Sql.one(
                        rig.app.kit().jdbi(),
                        "select team_id from lesson_channels where channel_id = '" + SHARED + "' and deleted = 1",
                        String.class))
                .as("the channel's lessons are hidden under its home, where they are")
                .isEqualTo(W1));
        assertThat(Sql.count(rig.app.kit().jdbi(), "select count(*) from lesson_channels where team_id = ?", W2))
                .isZero();
    }

    void installOrg(String org) {
        rig.app.slack.channel(SHARED, TestApp.MANAGER, TestApp.KARI, TestApp.SVEN, TestApp.ASTRID);
        rig.app.slack.orgUsers(ORG, TestApp.MANAGER, TestApp.KARI);
        assertThat(rig.install("", "nb", rig.oauth.code(null, org, TestApp.MANAGER))
                        .statusCode())
                .isEqualTo(200);
    }

    /** A command in the shared channel from workspace {@code team} of {@code org} (none: outside any org). */
    String say(String org, String team, String user, String command, String text) {
        return say(org, team, user, SHARED, command, text);
    }

    String say(String org, String team, String user, String channel, String command, String text) {
        String id = UUID.randomUUID().toString();
        String body = Payloads.command(command, text, user, channel, rig.app.slack.responseUrl(id));
        rig.post(org == null ? body : Payloads.inOrg(body, org), team, "application/x-www-form-urlencoded");
        String json = rig.app
                .slack
                .await("response_url", c -> id.equals(c.param("id")))
                .param("body");
        return JsonParser.parseString(json).getAsJsonObject().get("text").getAsString();
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
