package org.kompis.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kompis.testing.Payloads;
import org.kompis.testing.Signer;
import org.kompis.testing.Sql;
import org.kompis.testing.TestApp;

/** What reaches POST /slack/events, signed well and badly, through the real HTTP server. */
class SlackEndpointTest {
    static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @BeforeEach
    void clear() {
        app.slack.reset();
    }

    private static final String EVENT = Payloads.event("Ev-forged", member("U1"));

    @Test
    void forgedSignatureIsRejectedAndLeavesNoTrace() {
        long ts = app.clock.instant().getEpochSecond();
        byte[] body = EVENT.getBytes(StandardCharsets.UTF_8);
        var r = app.post(
                body,
                "application/json",
                Map.of(
                        "X-Slack-Request-Timestamp", String.valueOf(ts),
                        "X-Slack-Signature", Signer.sign("not-the-secret", ts, body)));
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(inboxRows()).isZero();
        assertThat(app.slack.calls()).isEmpty();
    }

    @Test
    void tamperedBodyIsRejected() {
        long ts = app.clock.instant().getEpochSecond();
        byte[] signed = EVENT.getBytes(StandardCharsets.UTF_8);
        byte[] sent = EVENT.replace("U1", "U2").getBytes(StandardCharsets.UTF_8);
        var r = app.post(
                sent,
                "application/json",
                Map.of(
                        "X-Slack-Request-Timestamp",
                        String.valueOf(ts),
                        "X-Slack-Signature",
                        Signer.sign(TestApp.SECRET, ts, signed)));
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(inboxRows()).isZero();
    }

    @Test
    void oldAndFutureTimestampsAreRejectedBothWays() {
        for (long skew : new long[] {-301, 301, -3600, 86_400}) {
            long ts = app.clock.instant().getEpochSecond() + skew;
            byte[] body = EVENT.getBytes(StandardCharsets.UTF_8);
            var r = app.post(
                    body,
                    "application/json",
                    Map.of(
                            "X-Slack-Request-Timestamp",
                            String.valueOf(ts),
                            "X-Slack-Signature",
                            Signer.sign(TestApp.SECRET, ts, body)));
            assertThat(r.statusCode()).as("skew %d s", skew).isEqualTo(401);
        }
        assertThat(inboxRows()).isZero();
    }

    @Test
    void missingAndMalformedHeadersAreRejected() {
        byte[] body = EVENT.getBytes(StandardCharsets.UTF_8);
        long ts = app.clock.instant().getEpochSecond();
        assertThat(app.post(body, "application/json", Map.of()).statusCode()).isEqualTo(401);
        assertThat(app.post(body, "application/json", Map.of("X-Slack-Request-Timestamp", String.valueOf(ts)))
                        .statusCode())
                .isEqualTo(401);
        assertThat(app.post(
                                body,
                                "application/json",
                                Map.of(
                                        "X-Slack-Request-Timestamp",
                                        "yesterday",
                                        "X-Slack-Signature",
                                        Signer.sign(TestApp.SECRET, ts, body)))
                        .statusCode())
                .isEqualTo(401);
        assertThat(app.post(
                                body,
                                "application/json",
                                Map.of("X-Slack-Request-Timestamp", String.valueOf(ts), "X-Slack-Signature", "v1=abc"))
                        .statusCode())
                .isEqualTo(401);
        assertThat(inboxRows()).isZero();
    }

    @Test
    void oversizeBodyGets413() throws IOException {
        byte[] body = ("{\"type\":\"event_callback\",\"pad\":\"" + "x".repeat(1_100_000) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        long ts = app.clock.instant().getEpochSecond();
        URI uri = URI.create(app.url("/slack/events"));
        // Kompis refuses by Content-Length before reading a byte, so only the head is sent: a client racing a megabyte
        // into a socket the server is closing gets a reset instead of the answer, depending on timing.
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            String head = "POST /slack/events HTTP/1.1\r\nHost: " + uri.getHost() + "\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n"
                    + "X-Slack-Request-Timestamp: " + ts + "\r\n"
                    + "X-Slack-Signature: " + Signer.sign(TestApp.SECRET, ts, body) + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String status = new BufferedReader(
                            new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            assertThat(status).startsWith("HTTP/1.1 413");
        }
        assertThat(inboxRows()).isZero();
    }

    @Test
    void urlVerificationEchoesTheChallenge() {
        var r = app.signedPost(
                "{\"token\":\"t\",\"challenge\":\"c-123\",\"type\":\"url_verification\"}", "application/json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("c-123");
    }

    @Test
    void sslCheckIsAnswered() {
        assertThat(app.signedPost("ssl_check=1&token=legacy", "application/x-www-form-urlencoded")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void unhandledEventIsAcknowledgedAndRecordedOnce() {
        JsonObject reaction = new JsonObject();
        reaction.addProperty("type", "reaction_added");
        reaction.addProperty("user", "U1");
        reaction.addProperty("reaction", "tada");
        HttpResponse<String> first = app.event("Ev-unhandled", reaction);
        HttpResponse<String> retry = app.event("Ev-unhandled", reaction);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(Sql.count(app.kit().jdbi(), "select count(*) from event_inbox where event_id = 'Ev-unhandled'"))
                .isEqualTo(1);
    }

    @Test
    void unknownActionIsAcknowledged() {
        var r = app.action(TestApp.KARI, "1700000000.000100", "no_such_action", "x");
        assertThat(r.statusCode()).isEqualTo(200);
        var help = app.command(TestApp.KARI, "/kompis", "help");
        assertThat(app.reply(help)).contains("Kompis");
    }

    @Test
    void nonAsciiBodiesVerifyAsUtf8WhateverTheDefaultCharset() {
        // Surefire runs this JVM under LC_ALL=C, so the default charset is ASCII: signing must still use the raw bytes.
        assertThat(java.nio.charset.Charset.defaultCharset()).isNotEqualTo(StandardCharsets.UTF_8);
        String id = app.command(TestApp.EMMA, "/kompis", "language blåbærsyltetøy");
        assertThat(app.reply(id)).contains("blåbærsyltetøy");
    }

    private static JsonObject member(String user) {
        JsonObject e = new JsonObject();
        e.addProperty("type", "member_joined_channel");
        e.addProperty("user", user);
        e.addProperty("channel", TestApp.CHANNEL);
        return e;
    }

    private static int inboxRows() {
        return Sql.count(app.kit().jdbi(), "select count(*) from event_inbox");
    }
}
