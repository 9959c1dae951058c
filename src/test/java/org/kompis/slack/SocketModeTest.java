package org.kompis.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kompis.testing.FakeSlack;
import org.kompis.testing.TestApp;

/** With an app token Kompis connects out over a websocket: same listeners, no public URL. */
class SocketModeTest {
    @Test
    void aSlashCommandOverTheSocketIsAckedAndAnswered() throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("SLACK_APP_TOKEN", "xapp-1-test");
        env.put("SLACK_SIGNING_SECRET", null);
        try (TestApp app = TestApp.start("", Instant.parse("2026-11-20T09:00:00Z"), env)) {
            app.slack.await("apps.connections.open");
            long deadline = System.currentTimeMillis() + 10_000;
            while (app.slack.socketClients() == 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            assertThat(app.slack.socketClients()).isEqualTo(1);

            JsonObject payload = new JsonObject();
            payload.addProperty("team_id", FakeSlack.TEAM);
            payload.addProperty("channel_id", TestApp.CHANNEL);
            payload.addProperty("user_id", TestApp.SVEN);
            payload.addProperty("command", "/kompis");
            payload.addProperty("text", "help");
            payload.addProperty("trigger_id", "1.2.trigger");
            payload.addProperty("response_url", app.slack.responseUrl("socket-1"));
            JsonObject envelope = new JsonObject();
            envelope.addProperty("envelope_id", "env-1");
            envelope.addProperty("type", "slash_commands");
            envelope.addProperty("accepts_response_payload", true);
            envelope.add("payload", payload);
            app.slack.socketSend(envelope.toString());

            assertThat(app.reply("socket-1")).contains("Kompis: lärande i vardagen");
            // The answer (from a worker) can overtake the acknowledgement on the socket: wait for the ack a moment.
            long ackDeadline = System.currentTimeMillis() + 5_000;
            while (app.slack.socketMessages().stream().noneMatch(m -> m.contains("env-1"))
                    && System.currentTimeMillis() < ackDeadline) {
                Thread.sleep(20);
            }
            assertThat(app.slack.socketMessages()).anySatisfy(m -> assertThat(m).contains("env-1"));
            assertThat(app.post("{}".getBytes(), "application/json", Map.of()).statusCode())
                    .as("without a signing secret the HTTP endpoint is off")
                    .isEqualTo(404);
        }
    }
}
