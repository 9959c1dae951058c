package org.kompis.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.kompis.slack.SlackSignature;

/**
 * Sends what the page does to Kompis the way Slack does: over HTTP to {@code POST /slack/events}, signed with the
 * signing secret (v0, HMAC-SHA256 over the raw UTF-8 bytes), with Slack's 3-second wait for the acknowledgement.
 * It is a second client of the public contract, not a side door.
 */
final class SandboxClient {
    static final String FORM = "application/x-www-form-urlencoded";
    static final String JSON = "application/json";

    /** Kompis's answer: its status (0 when it did not answer in 3 s, -1 when it could not be reached) and body. */
    record Ack(int status, String body) {
        boolean ok() {
            return status == 200;
        }

        /** How Slack names the failure when it tells the person. */
        String failure() {
            return status == 0
                    ? "operation_timeout"
                    : status < 0
                            ? "dispatch_failed"
                            : (status < 500 ? "http_client_error" : "http_service_error") + " (HTTP " + status + ")";
        }
    }

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Clock clock;
    private final String signingSecret;
    private final URI endpoint;

    SandboxClient(Clock clock, String signingSecret, int port) {
        this.clock = clock;
        this.signingSecret = signingSecret;
        this.endpoint = URI.create("http://127.0.0.1:" + port + "/slack/events");
    }

    Ack post(String body, String contentType) {
        // Slack's clock is the sandbox's clock: after time travel, requests are signed with the moved now.
        String timestamp = String.valueOf(clock.instant().getEpochSecond());
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(3))
                .header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", timestamp)
                .header("X-Slack-Signature", SlackSignature.of(signingSecret, timestamp, bytes))
                .header("User-Agent", "Slackbot 1.0 (+https://api.slack.com/robots) kompis-sandbox")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
        try {
            HttpResponse<String> response =
                    http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Ack(response.statusCode(), response.body());
        } catch (HttpTimeoutException e) {
            return new Ack(0, "");
        } catch (IOException e) {
            return new Ack(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Ack(-1, "interrupted");
        }
    }
}
