package org.kompis.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kompis.sandbox.SandboxApp.GENERAL;
import static org.kompis.sandbox.SandboxApp.KARI;
import static org.kompis.sandbox.SandboxApp.OLA;
import static org.kompis.sandbox.SandboxApp.SVEN;
import static org.kompis.sandbox.SandboxApp.shows;

import com.google.gson.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Modals, clicks, Home and events through the page's endpoints, answered by a real ritual (the test probe). */
class ModalFlowTest {
    static SandboxApp app;

    @BeforeAll
    static void start() {
        app = SandboxApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static JsonObject openProbe(String as) {
        app.post("/sandbox/ui/command", "as", as, "channel", GENERAL, "text", "/kompis probe");
        return app.await(as, s -> s.has("modal")).getAsJsonObject("modal");
    }

    private static String viewId(JsonObject modal) {
        return modal.getAsJsonObject("view").get("id").getAsString();
    }

    @Test
    void aModalIsCheckedLikeSlacksClientThenByKompisThenClosesAndPosts() {
        JsonObject modal = openProbe(KARI);
        assertThat(modal.getAsJsonObject("view").get("callback_id").getAsString())
                .isEqualTo(ProbeRitual.MODAL);
        assertThat(app.state(SVEN).has("modal")).as("a modal is its opener's").isFalse();
        String id = viewId(modal);

        app.post("/sandbox/ui/submit", "as", KARI, "viewId", id, "values", Json.obj());
        var errors = app.await(
                KARI, s -> s.getAsJsonObject("modal").getAsJsonObject("errors").has("title"));
        assertThat(errors.getAsJsonObject("modal")
                        .getAsJsonObject("errors")
                        .get("title")
                        .getAsString())
                .isEqualTo(ViewState.REQUIRED);

        app.post(
                "/sandbox/ui/submit",
                "as",
                KARI,
                "viewId",
                id,
                "values",
                Json.obj("title", Json.obj("title", "bad idea")));
        app.await(KARI, s -> s.getAsJsonObject("modal").toString().contains("Velg en annen tittel"));

        app.post(
                "/sandbox/ui/submit",
                "as",
                KARI,
                "viewId",
                id,
                "values",
                Json.obj(
                        "title",
                        Json.obj("title", "Ny rutine"),
                        "size",
                        Json.obj("size", "m"),
                        "tags",
                        Json.obj("tags", List.of("s", "l")),
                        "owner",
                        Json.obj("owner", SVEN),
                        "people",
                        Json.obj("people", List.of(KARI, SVEN)),
                        "where",
                        Json.obj("where", GENERAL),
                        "date",
                        Json.obj("date", "2026-12-03"),
                        "time",
                        Json.obj("time", "10:30"),
                        "checks",
                        Json.obj("checks", List.of("s")),
                        "radio",
                        Json.obj("radio", "l")));
        var posted = app.await(OLA, s -> shows(s, "Probe: Ny rutine"));
        assertThat(app.state(KARI).has("modal")).isFalse();
        assertThat(SandboxApp.last(posted).toString()).contains("størrelse `m`").contains("ansvarlig <@U0SVEN>");
    }

    @Test
    void aClickGoesBackThroughTheResponseUrlAndReplacesTheMessage() {
        JsonObject modal = openProbe(OLA);
        app.post(
                "/sandbox/ui/submit",
                "as",
                OLA,
                "viewId",
                viewId(modal),
                "values",
                Json.obj("title", Json.obj("title", "Klikk meg")));
        var message = SandboxApp.messages(app.await(OLA, s -> shows(s, "Probe: Klikk meg"))).stream()
                .filter(m -> m.toString().contains("Probe: Klikk meg"))
                .findFirst()
                .orElseThrow();
        String ts = message.get("ts").getAsString();
        app.post(
                "/sandbox/ui/action",
                "as",
                SVEN,
                "container",
                "message",
                "channel",
                GENERAL,
                "ts",
                ts,
                "blockId",
                "probe_actions",
                "actionId",
                "probe_done");
        var after = app.await(
                KARI,
                s -> SandboxApp.messages(s).stream()
                        .anyMatch(m -> m.get("ts").getAsString().equals(ts)
                                && m.toString().contains("Ferdig")));
        assertThat(shows(after, "Probe: Klikk meg"))
                .as("replace_original replaced it for everyone")
                .isFalse();
    }

    @Test
    void closingTellsKompisWhenTheViewAsked() {
        int before = ProbeRitual.closed.get();
        JsonObject modal = openProbe(SVEN);
        app.post("/sandbox/ui/close", "as", SVEN, "viewId", viewId(modal));
        assertThat(app.state(SVEN).has("modal")).isFalse();
        long deadline = System.currentTimeMillis() + 3000;
        while (ProbeRitual.closed.get() == before && System.currentTimeMillis() < deadline) {
            SandboxApp.sleep(20);
        }
        assertThat(ProbeRitual.closed.get()).isEqualTo(before + 1);
    }

    @Test
    void openingHomeSendsAppHomeOpenedAndHomeButtonsWork() {
        app.post("/sandbox/ui/open", "as", SVEN, "tab", "home");
        var home =
                app.await(SVEN, s -> s.has("home") && s.get("home").toString().contains("Velkommen hjem"));
        String homeId = home.getAsJsonObject("home").get("id").getAsString();
        app.post(
                "/sandbox/ui/action",
                "as",
                SVEN,
                "container",
                "view",
                "viewId",
                homeId,
                "blockId",
                "home_actions",
                "actionId",
                "probe_home");
        app.await(SVEN, s -> s.get("home").toString().contains("Klikket!"));
    }

    @Test
    void aSharedFileAndAGroupDmShowUp() {
        app.post("/sandbox/ui/command", "as", KARI, "channel", GENERAL, "text", "/kompis probe-file");
        var withFile = app.await(SVEN, s -> shows(s, "notes.txt"));
        assertThat(withFile.toString()).contains("Her er notatene");
        app.post("/sandbox/ui/command", "as", OLA, "channel", GENERAL, "text", "/kompis probe-group");
        app.await(SVEN, s -> shows(s, "Hei, gruppe!"));
        assertThat(shows(app.state("U0ASTRID"), "Hei, gruppe!")).isFalse();
    }
}
