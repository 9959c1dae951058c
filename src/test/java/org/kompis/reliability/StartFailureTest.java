package org.kompis.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kompis.testing.FakeSlack;
import org.kompis.testing.TestApp;

/**
 * Guarantee 16: a start that fails stops the process with one clear line and a non-zero exit. Here Slack refuses the
 * app token ({@code invalid_auth} from {@code apps.connections.open}). Before: a 12-line stack trace, and the web
 * server, scheduler and outbox kept running with {@code /healthz} at 200, hearing nothing.
 */
class StartFailureTest {
    @TempDir
    Path dir;

    @Test
    void anAppTokenSlackRefusesStopsTheProcessWithOneLine() throws Exception {
        try (FakeSlack slack = TestApp.people(new FakeSlack())) {
            slack.on("apps.connections.open", c -> Map.of("ok", false, "error", "invalid_auth"));
            Process p = run(Map.of(
                    "SLACK_BOT_TOKEN",
                    FakeSlack.BOT_TOKEN,
                    "SLACK_APP_TOKEN",
                    "xapp-1-refused",
                    "SLACK_API_URL",
                    slack.apiUrl(),
                    "PORT",
                    "0",
                    "KOMPIS_DB_URL",
                    "jdbc:sqlite:" + dir.resolve("k.db")));
            boolean ended = p.waitFor(60, TimeUnit.SECONDS);
            if (!ended) {
                p.destroyForcibly();
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(ended).as("the process ended by itself; output:\n" + out).isTrue();
            assertThat(p.exitValue()).isNotZero();
            assertThat(out).doesNotContain("\tat ").doesNotContain("Exception");
            assertThat(out.lines().filter(l -> l.startsWith("kompis: ")).toList())
                    .singleElement()
                    .satisfies(l -> assertThat(l).contains("SLACK_APP_TOKEN").contains("invalid_auth"));
            assertThat(out).doesNotContain("Socket Mode connected");
        }
    }

    private Process run(Map<String, String> env) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "org.kompis.Main");
        pb.environment().keySet().removeIf(k -> k.startsWith("SLACK_") || k.startsWith("KOMPIS_") || k.equals("PORT"));
        pb.environment().putAll(env);
        pb.redirectErrorStream(true);
        return pb.start();
    }
}
