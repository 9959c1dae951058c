package org.kompis.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kompis.testing.Eventually;
import org.kompis.testing.Faults;
import org.kompis.testing.TestApp;

/**
 * Guarantee 2: {@code /readyz} is red when Kompis cannot work, though it is alive: the database refuses writes (a
 * full disk still answers {@code select 1}), or the Socket Mode link is gone and cannot be opened again.
 * Before: only {@code /healthz} existed, and it stayed 200 on a full disk.
 */
class ReadinessTest {
    @Test
    void aDatabaseThatRefusesWritesIsNotReady() {
        try (TestApp app = TestApp.start()) {
            assertThat(app.get("/readyz").statusCode()).isEqualTo(200);
            assertThat(app.get("/readyz").body())
                    .contains("\"database\":\"ok\"")
                    .contains("\"scheduler\":\"ok\"");

            Faults.refuseWrites(app.kit().jdbi());
            var red = app.get("/readyz");
            assertThat(red.statusCode()).isEqualTo(503);
            assertThat(red.body()).contains("\"database\":\"failing\"");
            assertThat(app.get("/healthz").statusCode())
                    .as("alive: a restart would not help")
                    .isEqualTo(200);

            Faults.allowWrites(app.kit().jdbi());
            assertThat(app.get("/readyz").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aSocketModeLinkThatCannotBeOpenedAgainIsNotReady() {
        Map<String, String> env = new HashMap<>();
        env.put("SLACK_APP_TOKEN", "xapp-1-test");
        env.put("SLACK_SIGNING_SECRET", null);
        try (TestApp app = TestApp.start("", Instant.parse("2026-11-20T09:00:00Z"), env)) {
            assertThat(app.slack.socketClients())
                    .as("connected before start returns")
                    .isEqualTo(1);
            assertThat(app.get("/readyz").body()).contains("\"socket_mode\":\"ok\"");

            app.slack.on("apps.connections.open", c -> Map.of("ok", false, "error", "invalid_auth"));
            app.slack.dropSockets();
            Eventually.eventually(() -> {
                var red = app.get("/readyz");
                assertThat(red.statusCode()).isEqualTo(503);
                assertThat(red.body()).contains("\"socket_mode\":\"failing\"");
            });
        }
    }
}
