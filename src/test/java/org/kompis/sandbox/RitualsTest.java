package org.kompis.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kompis.sandbox.SandboxApp.ASTRID;
import static org.kompis.sandbox.SandboxApp.GENERAL;
import static org.kompis.sandbox.SandboxApp.INGRID;
import static org.kompis.sandbox.SandboxApp.KARI;
import static org.kompis.sandbox.SandboxApp.OLA;
import static org.kompis.sandbox.SandboxApp.SVEN;
import static org.kompis.sandbox.SandboxApp.shows;

import com.google.gson.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every shipped ritual tried as several people through the page's endpoints, as a newcomer would try them in the
 * sandbox: each click and modal reaches the real ritual signed like Slack's, and what it posts shows up.
 */
class RitualsTest {
    static final String LEARNING = "C0LEARNING";
    static SandboxApp app;

    @BeforeAll
    static void start() {
        app = SandboxApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static JsonObject text(String blockAndAction, String value) {
        return Json.obj(blockAndAction, Json.obj(blockAndAction, value));
    }

    /** The message {@code as} sees with {@code text}, once it is there. */
    private static JsonObject message(String as, String text) {
        return SandboxApp.messages(app.await(as, s -> shows(s, text))).stream()
                .filter(m -> m.toString().contains(text))
                .reduce((a, b) -> b)
                .orElseThrow();
    }

    @Test
    void aReflectionPromptAnsweredInAModalIsRepliedInItsThread() {
        app.command(INGRID, GENERAL, "/reflect now");
        JsonObject prompt = message(OLA, "Tid for refleksjon");
        app.click(OLA, "Tid for refleksjon", "reflect_answer");
        // "Share with the channel" comes ticked: the page sends it as it is, so the test does too.
        app.submit(
                OLA,
                "reflect_answer",
                Json.obj(
                        "answer",
                        Json.obj("text", "Jeg lærte den nye saksmalen av Kari."),
                        "share",
                        Json.obj("share", List.of("share"))));
        app.modal(OLA, "reflect_thanks");
        JsonObject reply = message(SVEN, "Jeg lærte den nye saksmalen av Kari.");
        assertThat(reply.get("threadTs").getAsString())
                .isEqualTo(prompt.get("ts").getAsString());
        assertThat(reply.toString()).contains("*Ola Hansen* svarte:");
    }

    @Test
    void anAfterActionReviewAnsweredByTwoIsClosedWithASummaryInItsThread() {
        // Typed mentions reach Kompis escaped, as Slack escapes them for a command with should_escape.
        app.command(INGRID, GENERAL, "/aar Flytting av arkivet @kari @sven.karlsson");
        JsonObject review = message(KARI, "Erfaringsgjennomgang: Flytting av arkivet");
        assertThat(review.toString()).contains("*Invitert:* <@U0KARI>, <@U0SVEN>");
        app.click(KARI, "Erfaringsgjennomgang: Flytting av arkivet", "aar_answer");
        app.submit(
                KARI,
                "aar_answer_modal",
                Json.obj(
                        "q_actual",
                        Json.obj("text", "Eskene kom en dag for sent."),
                        "q_better",
                        Json.obj("text", "Bestille flyttebyrå to uker før.")));
        message(KARI, "Svar fra Kari Nordmann");
        app.click(SVEN, "Erfaringsgjennomgang: Flytting av arkivet", "aar_answer");
        app.submit(SVEN, "aar_answer_modal", Json.obj("q_better", Json.obj("text", "Märka lådorna med avdelning.")));
        message(SVEN, "Svar fra Sven Karlsson");
        app.click(INGRID, "Erfaringsgjennomgang: Flytting av arkivet", "aar_close");
        JsonObject summary = message(OLA, "Oppsummering: Flytting av arkivet");
        assertThat(summary.get("threadTs").getAsString())
                .isEqualTo(review.get("ts").getAsString());
        assertThat(summary.toString())
                .contains("Bestille flyttebyrå to uker før. — Kari Nordmann")
                .contains("Märka lådorna med avdelning. — Sven Karlsson")
                .contains("Har svart: 2 av 2 inviterte");
    }

    @Test
    void sixHatsWithThreeColleaguesEndsWithTheConclusionInTheThread() {
        app.command(INGRID, GENERAL, "/sixhats Ny turnusordning");
        message(INGRID, "Seks tenkehatter: Ny turnusordning");
        for (String person : List.of(KARI, OLA, SVEN)) {
            app.click(person, "Seks tenkehatter: Ny turnusordning", "sixhats_join");
            message(person, person.equals(SVEN) ? "Du är med." : "Du er med.");
        }
        app.click(INGRID, "Seks tenkehatter: Ny turnusordning", "sixhats_start");
        message(INGRID, "Gruppene er klare");
        for (String person : List.of(KARI, OLA, SVEN)) {
            message(person, "sixhats_hat");
            app.click(person, "Ny turnusordning", "sixhats_write");
            app.submit(person, "sixhats_write_modal", text("keywords", "helgevakter fra " + person));
            message(INGRID, "helgevakter fra " + person);
        }
        app.click(INGRID, "Ny turnusordning", "sixhats_finish");
        app.submit(
                INGRID,
                "sixhats_conclusion_modal",
                Json.obj(
                        "decide",
                        Json.obj("decide", "Prøve i én avdeling først."),
                        "next",
                        Json.obj("next", "Evaluere etter seks uker.")));
        JsonObject summary = message(ASTRID, "Seks tenkehatter: oppsummering");
        assertThat(summary.toString())
                .contains("Prøve i én avdeling først.")
                .contains("helgevakter fra U0SVEN")
                .contains("Deltakere: 3");
    }

    @Test
    void threeJoinLearningPairsAndARoundOpensTheirGroupMessage() {
        for (String person : List.of(KARI, OLA, SVEN)) {
            app.command(person, LEARNING, "/pairs join");
            message(person, person.equals(SVEN) ? "lärparen i <#C0LEARNING>" : "læringsparene i <#C0LEARNING>");
        }
        app.command(INGRID, LEARNING, "/pairs now");
        message(INGRID, "Runde 1 er satt sammen: 3 personer i 1 gruppe");
        JsonObject intro = message(SVEN, "Læringstrioen din");
        String group = intro.get("channel").getAsString();
        assertThat(group).startsWith("G");
        assertThat(app.state(KARI).getAsJsonArray("conversations").toString()).contains("Ola Hansen, Sven Karlsson");
        assertThat(shows(app.state(ASTRID), "Læringstrioen din"))
                .as("only the trio sees it")
                .isFalse();

        app.post("/sandbox/ui/open", "as", KARI, "tab", "home");
        app.await(KARI, s -> s.has("home") && s.get("home").toString().contains("Læringsparet ditt"));
    }
}
