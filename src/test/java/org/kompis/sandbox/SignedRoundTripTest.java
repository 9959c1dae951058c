package org.kompis.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kompis.sandbox.SandboxApp.GENERAL;
import static org.kompis.sandbox.SandboxApp.KARI;
import static org.kompis.sandbox.SandboxApp.OLA;
import static org.kompis.sandbox.SandboxApp.SVEN;
import static org.kompis.sandbox.SandboxApp.shows;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A page action reaches Kompis as a request signed like Slack's, through POST /slack/events, and its answer shows. */
class SignedRoundTripTest {
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
    void helpIsAnsweredInNorwegianAndSwedishOnlyToWhoAsked() {
        assertThat(app.post("/sandbox/ui/command", "as", KARI, "channel", GENERAL, "text", "/kompis help")
                        .get("ok")
                        .getAsBoolean())
                .isTrue();
        var kari = app.await(KARI, s -> shows(s, "Kompis: læring i hverdagen"));
        assertThat(SandboxApp.last(kari).get("ephemeral").getAsBoolean()).isTrue();
        app.post("/sandbox/ui/command", "as", SVEN, "channel", GENERAL, "text", "/kompis help");
        var sven = app.await(SVEN, s -> shows(s, "Kompis: lärande i vardagen"));
        assertThat(shows(sven, "Kompis: læring i hverdagen"))
                .as("Kari's ephemeral is hers alone")
                .isFalse();
        assertThat(shows(app.state(OLA), "Kompis:")).isFalse();
    }

    @Test
    void aChosenLanguageRoundTrips() {
        app.post("/sandbox/ui/command", "as", OLA, "channel", GENERAL, "text", "/kompis language sv");
        app.await(OLA, s -> shows(s, "Kompis pratar svenska med dig"));
        app.post("/sandbox/ui/command", "as", OLA, "channel", GENERAL, "text", "/kompis language nb");
        app.await(OLA, s -> shows(s, "Kompis snakker norsk med deg"));
    }

    @Test
    void aForgedOrMissingSignatureIsRefusedSoTheSandboxReallySigns() {
        var person = Demo.person(KARI);
        var general = new Conversation(GENERAL, "general", Conversation.CHANNEL, null, 0, List.of(KARI));
        String body = SlackPayloads.command(
                Demo.ROSTER, person, general, "/kompis", "help", "http://127.0.0.1:1/none", "1.2.3");
        SandboxClient forger = new SandboxClient(Clock.systemUTC(), "not-the-sandbox-secret", app.sandbox.port());
        assertThat(forger.post(body, SandboxClient.FORM).status()).isEqualTo(401);
        var unsigned = app.send("/slack/events", body, SandboxClient.FORM);
        assertThat(unsigned.statusCode()).isEqualTo(401);
    }

    @Test
    void aRefusedRequestIsReportedBySlackbotAsSlackWould() {
        var general = new Conversation(GENERAL, "general", Conversation.CHANNEL, null, 0, List.of(KARI));
        Workspace ws = new Workspace(Clock.systemUTC(), w -> {});
        Demo.seed(ws);
        EmulatedSlack slack = new EmulatedSlack(ws, "http://127.0.0.1:1", "http://localhost:1");
        new Acks(ws, slack).command(general, KARI, "/kompis", new SandboxClient.Ack(401, "invalid request signature"));
        Message said = ws.read(d -> d.messages.get(d.messages.size() - 1));
        assertThat(said.text).isEqualTo("/kompis failed with the error \"http_client_error (HTTP 401)\"");
        assertThat(said.user).isEqualTo("USLACKBOT");
        assertThat(said.ephemeralFor).isEqualTo(KARI);
    }

    @Test
    void anUnknownCommandIsNotSentAndSaysSo() {
        var r = app.post("/sandbox/ui/command", "as", KARI, "channel", GENERAL, "text", "/frobnicate now");
        assertThat(r.get("ok").getAsBoolean()).isFalse();
        assertThat(r.get("error").getAsString()).contains("/frobnicate is not a valid command");
    }

    @Test
    void onlyMembersCanWriteInAChannelAndJoiningTellsKompis() {
        var r = app.send(
                "/sandbox/ui/message",
                Json.obj("as", "U0ASTRID", "channel", "C0LEARNING", "text", "Hei")
                        .toString(),
                "application/json");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("Join #team-learning first");
        app.post("/sandbox/ui/join", "as", "U0ASTRID", "channel", "C0LEARNING");
        app.await("U0ASTRID", s -> shows(s, "Velkommen, <@U0ASTRID>!"));
    }

    @Test
    void actionsMustBeJsonSoNoOtherSiteCanPostThem() {
        var r = app.send("/sandbox/ui/reset", "x=1", "application/x-www-form-urlencoded");
        assertThat(r.statusCode()).isEqualTo(415);
        assertThat(app.send("/sandbox/ui/command", "as=U0KARI", "text/plain").statusCode())
                .isEqualTo(415);
    }
}
