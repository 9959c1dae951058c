package org.kompis.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kompis.sandbox.SandboxApp.INGRID;
import static org.kompis.sandbox.SandboxApp.KARI;
import static org.kompis.sandbox.SandboxApp.shows;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kompis.testing.Sql;

/**
 * One Kompis installed in two emulated workspaces, driven over HTTP as the page drives it: each workspace sees only
 * its own channels, posts, lessons and settings, as two real installs would.
 */
class TwoWorkspacesTest {
    static final String MARIA = "U2MARIA";
    static final String JOHAN = "U2JOHAN";
    static final String FATIMA = "U2FATIMA";
    static final String ERIK = "U2ERIK";
    static SandboxApp app;

    @BeforeAll
    static void start() {
        app = SandboxApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void bothWorkspacesAreInstalledThroughAddToSlackWithTheirOwnTokens() {
        var jdbi = app.sandbox.kompis().kit().jdbi();
        assertThat(Sql.count(jdbi, "select count(*) from slack_bots where team_id in ('T0SANDBOX', 'T0BJORKVIK')"))
                .isEqualTo(2);
        assertThat(Sql.count(jdbi, "select count(*) from slack_bots where bot_token like '%xoxb-%'"))
                .as("tokens are stored sealed")
                .isZero();
        var kit = app.sandbox.kompis().kit();
        assertThat(kit.slack().team(SecondWorkspace.TEAM).channelMembers(SecondWorkspace.GENERAL))
                .contains(MARIA, JOHAN)
                .doesNotContain(KARI);
    }

    @Test
    void eachWorkspaceShowsOnlyItsOwnPeopleAndChannels() {
        JsonObject first = app.state(INGRID);
        JsonObject second = app.state(MARIA);
        assertThat(first.get("team").getAsString()).isEqualTo("Kompis sandbox");
        assertThat(second.get("team").getAsString()).isEqualTo("Björkviks kommun");
        assertThat(second.getAsJsonArray("teams")).hasSize(2);
        assertThat(ids(first, "conversations")).contains("C0GENERAL").noneMatch(id -> id.startsWith("C2"));
        assertThat(ids(second, "conversations"))
                .contains("C2ALLMANT", "C2LARANDE")
                .noneMatch(id -> id.startsWith("C0"));
        assertThat(ids(second, "people")).containsExactly(MARIA, JOHAN, FATIMA, ERIK);
        assertThat(shows(second, "fika i personalrummet")).isTrue();
        assertThat(shows(first, "fika i personalrummet")).isFalse();
        // Kompis publishes Maria's Home tab with her workspace's token: it is in her workspace, in Swedish.
        app.post("/sandbox/ui/open", "as", MARIA, "tab", "home");
        JsonObject home = app.await(MARIA, s -> s.has("home")).getAsJsonObject("home");
        assertThat(home.get("team_id").getAsString()).isEqualTo(SecondWorkspace.TEAM);
        assertThat(home.toString()).contains("lärdomar");
    }

    @Test
    void aPostLandsInItsOwnWorkspaceAndATokenReachesOnlyItsOwn() {
        app.post("/sandbox/ui/join", "as", ERIK, "channel", SecondWorkspace.LEARNING);
        app.await(MARIA, s -> shows(s, "<@" + ERIK + ">"));
        assertThat(app.state(KARI).toString()).doesNotContain(ERIK);
        assertThat(api("conversations.info", SecondWorkspace.ROSTER.token())
                        .get("ok")
                        .getAsBoolean())
                .isTrue();
        assertThat(api("conversations.info", EmulatedSlack.BOT_TOKEN)
                        .get("error")
                        .getAsString())
                .isEqualTo("channel_not_found");
    }

    @Test
    void aLessonWrittenInOneWorkspaceIsNotFoundInTheOther() {
        app.command(JOHAN, SecondWorkspace.LEARNING, "/lessons add");
        app.submit(
                JOHAN,
                "lessons_add_modal",
                Json.obj(
                        "text",
                        Json.obj("text", "En checklista före hembesöket gjorde att inget glömdes bort."),
                        "topic",
                        Json.obj("topic", "Hembesök"),
                        "tags",
                        Json.obj("tags", "#hembesök"),
                        "category",
                        Json.obj("category", "on_the_job"),
                        "visibility",
                        Json.obj("visibility", "channel"),
                        "options",
                        Json.obj("options", List.of())));
        app.await(JOHAN, s -> shows(s, "<#" + SecondWorkspace.LEARNING + ">"));
        app.command(FATIMA, SecondWorkspace.LEARNING, "/lessons checklista");
        app.await(FATIMA, s -> shows(s, "En checklista före hembesöket"));
        app.command(KARI, SandboxApp.GENERAL, "/lessons checklista");
        JsonObject kari = app.await(KARI, s -> shows(s, "*checklista*"));
        assertThat(shows(kari, "hembesöket")).isFalse();
        // And the other way: the first workspace's demo lesson is not in the second's library.
        app.command(FATIMA, SecondWorkspace.GENERAL, "/lessons intranett");
        JsonObject fatima = app.await(FATIMA, s -> shows(s, "*intranett*"));
        assertThat(shows(fatima, "Nytt intranett")).isFalse();
    }

    @Test
    void aLanguageSavedInOneWorkspacesSettingsLeavesTheOtherAlone() {
        assertThat(saveLanguage("en")).as("as its admins chose at install").isEqualTo("sv");
        var jdbi = app.sandbox.kompis().kit().jdbi();
        assertThat(Sql.count(
                        jdbi, "select count(*) from workspace_settings where team_id = 'T0BJORKVIK' and lang = 'en'"))
                .isEqualTo(1);
        app.command(INGRID, SandboxApp.GENERAL, "/kompis settings");
        JsonObject ingrids = app.modal(INGRID, "workspace_settings");
        assertThat(selected(ingrids, "lang")).isEqualTo("nb");
        assertThat(Sql.count(jdbi, "select count(*) from workspace_settings where team_id = 'T0SANDBOX'"))
                .isZero();
        app.post("/sandbox/ui/close", "as", INGRID, "viewId", ingrids.get("id").getAsString());
        // Swedish again, for the other tests of the second workspace.
        saveLanguage("sv");
    }

    @Test
    void aScheduleRunsInTheWorkspaceThatMadeItInItsLanguage() {
        app.command(MARIA, SecondWorkspace.LEARNING, "/reflect schedule friday 14:00");
        app.await(MARIA, s -> shows(s, "En reflektionsfråga läggs ut i den här kanalen"));
        for (int i = 0; i < 20 && !prompted(); i++) {
            // Other jobs may come first (a nightly purge): only the prompt's run is waited for.
            boolean prompt = app.sandbox
                    .runNext()
                    .filter(d -> d.job().startsWith("reflect"))
                    .isPresent();
            long until = System.currentTimeMillis() + (prompt ? 15_000 : 0);
            while (!prompted() && System.currentTimeMillis() < until) {
                SandboxApp.sleep(50);
            }
        }
        assertThat(prompted()).as("the prompt, in Swedish, in #lärande").isTrue();
        assertThat(app.state(KARI).toString()).doesNotContain("Dags att reflektera");
    }

    private static boolean prompted() {
        return SandboxApp.messages(app.state(MARIA)).stream()
                .anyMatch(m -> m.get("channel").getAsString().equals(SecondWorkspace.LEARNING)
                        && m.toString().contains("Dags att reflektera"));
    }

    /** Maria, the second workspace's manager, saves its default language in {@code /kompis settings}. */
    private static String saveLanguage(String lang) {
        app.command(MARIA, SecondWorkspace.GENERAL, "/kompis settings");
        String before = selected(app.modal(MARIA, "workspace_settings"), "lang");
        app.submit(
                MARIA,
                "workspace_settings",
                Json.obj(
                        "lang", Json.obj("lang", lang),
                        "zone", Json.obj("zone", "Europe/Stockholm"),
                        "holidays", Json.obj("holidays", "se"),
                        "group", Json.obj("group", ""),
                        "retention", Json.obj("retention", "")));
        app.modal(MARIA, "workspace_settings_saved");
        app.post(
                "/sandbox/ui/close",
                "as",
                MARIA,
                "viewId",
                app.modal(MARIA, "workspace_settings_saved").get("id").getAsString());
        return before;
    }

    private static JsonObject api(String method, String token) {
        var r = app.send(
                "/sandbox/api/" + method,
                "token=" + token + "&channel=" + SecondWorkspace.GENERAL,
                "application/x-www-form-urlencoded");
        return com.google.gson.JsonParser.parseString(r.body()).getAsJsonObject();
    }

    private static List<String> ids(JsonObject state, String key) {
        List<String> out = new ArrayList<>();
        for (JsonElement e : state.getAsJsonArray(key)) {
            out.add(e.getAsJsonObject().get("id").getAsString());
        }
        return out;
    }

    /** The value chosen in a modal's select, by its block id. */
    private static String selected(JsonObject view, String blockId) {
        for (JsonElement b : view.getAsJsonArray("blocks")) {
            JsonObject block = b.getAsJsonObject();
            if (blockId.equals(block.get("block_id").getAsString())) {
                return block.getAsJsonObject("element")
                        .getAsJsonObject("initial_option")
                        .get("value")
                        .getAsString();
            }
        }
        throw new AssertionError("No block " + blockId);
    }
}
