package org.kompis.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kompis.testing.FakeSlack;
import org.kompis.testing.TestApp;

/** The real entry point in its own JVM, as the README runs it. */
class MainTest {
    @TempDir
    Path dir;

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

    @Test
    void withoutCredentialsItSaysHowToSetThemInOneLine() throws Exception {
        Process p = run(Map.of("KOMPIS_DB_URL", "jdbc:sqlite:" + dir.resolve("k.db")));
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(out)
                .startsWith("kompis: ")
                .contains("SLACK_BOT_TOKEN")
                .contains("SLACK_SIGNING_SECRET")
                .doesNotContain("Exception");
        assertThat(out.lines().count()).isEqualTo(1);
    }

    @Test
    void withCredentialsHealthzAnswersWithin15Seconds() throws Exception {
        try (FakeSlack slack = TestApp.people(new FakeSlack())) {
            int port = 20000 + (int) (ProcessHandle.current().pid() % 20000);
            Process p = run(Map.of(
                    "SLACK_BOT_TOKEN",
                    FakeSlack.BOT_TOKEN,
                    "SLACK_SIGNING_SECRET",
                    "s",
                    "SLACK_API_URL",
                    slack.apiUrl(),
                    "PORT",
                    String.valueOf(port),
                    "KOMPIS_DB_URL",
                    "jdbc:sqlite:" + dir.resolve("k.db")));
            try {
                HttpClient http = HttpClient.newHttpClient();
                long deadline = System.currentTimeMillis() + 15_000;
                int status = 0;
                while (System.currentTimeMillis() < deadline && status != 200) {
                    try {
                        status = http.send(
                                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz"))
                                                .build(),
                                        HttpResponse.BodyHandlers.ofString())
                                .statusCode();
                    } catch (IOException notYet) {
                        Thread.sleep(100);
                    }
                }
                assertThat(status).isEqualTo(200);
            } finally {
                p.destroy();
                p.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
