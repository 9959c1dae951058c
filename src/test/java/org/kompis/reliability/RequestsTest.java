package org.kompis.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kompis.testing.Eventually;
import org.kompis.testing.Payloads;
import org.kompis.testing.Signer;
import org.kompis.testing.Sql;
import org.kompis.testing.TestApp;

/**
 * Guarantees 10 and 14 at the door: a replayed request has one effect, a malformed one gets 400 without a stack
 * trace, and during a signing-secret rotation requests signed with the previous secret still pass.
 */
class RequestsTest {
    static final String PREVIOUS = "the-secret-before-rotation";
    static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start(
                "", Instant.parse("2026-11-20T09:00:00Z"), Map.of("SLACK_SIGNING_SECRET_PREVIOUS", PREVIOUS));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** Before: the same signed body sent twice within 5 minutes ran twice (two lessons from one form). */
    @Test
    void aRequestReplayedWithinFiveMinutesHasOneEffect() {
        String body = Payloads.viewSubmission(
                TestApp.OLA,
                "lessons_add_modal",
                TestApp.CHANNEL,
                Payloads.values("text", "text", Payloads.text("Replay canary lesson")));
        long ts = app.clock.instant().getEpochSecond();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = Map.of(
                "X-Slack-Request-Timestamp",
                String.valueOf(ts),
                "X-Slack-Signature",
                Signer.sign(TestApp.SECRET, ts, bytes));
        assertThat(app.post(bytes, "application/x-www-form-urlencoded", headers).statusCode())
                .isEqualTo(200);
        assertThat(app.post(bytes, "application/x-www-form-urlencoded", headers).statusCode())
                .isEqualTo(200);
        Eventually.eventually(() -> assertThat(
                        Sql.count(app.kit().jdbi(), "select count(*) from lessons where text = 'Replay canary lesson'"))
                .isEqualTo(1));
        String command =
                Payloads.command("/kompis", "help", TestApp.OLA, TestApp.CHANNEL, app.slack.responseUrl("once"));
        byte[] c = command.getBytes(StandardCharsets.UTF_8);
        Map<String, String> h = Map.of(
                "X-Slack-Request-Timestamp",
                String.valueOf(ts),
                "X-Slack-Signature",
                Signer.sign(TestApp.SECRET, ts, c));
        app.post(c, "application/x-www-form-urlencoded", h);
        app.post(c, "application/x-www-form-urlencoded", h);
        app.reply("once");
        sleep(300);
        assertThat(app.slack.calls("response_url").stream().filter(x -> "once".equals(x.param("id"))))
                .hasSize(1);
    }

    /** Before: a signed payload that is not JSON was logged as a failure inside Kompis and answered 200. */
    @Test
    void aMalformedPayloadGets400WithoutAStackTrace() {
        var r = app.signedPost("payload=%7Bnot%20json", "application/x-www-form-urlencoded");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    /** Before: only SLACK_SIGNING_SECRET was accepted, so regenerating it in Slack refused every request until a redeploy. */
    @Test
    void duringARotationThePreviousSecretStillPassesAndOthersDoNot() {
        long ts = app.clock.instant().getEpochSecond();
        byte[] body = Payloads.command("/kompis", "help", TestApp.EMMA, TestApp.CHANNEL, app.slack.responseUrl("rot"))
                .getBytes(StandardCharsets.UTF_8);
        var old = app.post(
                body,
                "application/x-www-form-urlencoded",
                Map.of(
                        "X-Slack-Request-Timestamp",
                        String.valueOf(ts),
                        "X-Slack-Signature",
                        Signer.sign(PREVIOUS, ts, body)));
        assertThat(old.statusCode()).isEqualTo(200);
        assertThat(app.reply("rot")).contains("Kompis");
        var forged = app.post(
                body,
                "application/x-www-form-urlencoded",
                Map.of(
                        "X-Slack-Request-Timestamp",
                        String.valueOf(ts),
                        "X-Slack-Signature",
                        Signer.sign("some-other-secret", ts, body)));
        assertThat(forged.statusCode()).isEqualTo(401);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
