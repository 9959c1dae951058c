package org.kompis.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's run command in its own JVM: with no Slack credentials it is the sandbox, and says so in one line. */
class SandboxMainTest {
    @TempDir
    Path dir;

    private Process run(Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "org.kompis.Main"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("SLACK_") || k.startsWith("KOMPIS_") || k.equals("PORT"));
        pb.environment()
                .put(
                        "KOMPIS_CONFIG",
                        Path.of("config/kompis.yaml").toAbsolutePath().toString());
        pb.environment().putAll(env);
        return pb.start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /**
     * Reads output until the sandbox's line appears (or 90 s pass: a child JVM that migrates and seeds a database
     * took over 30 s while other builds ran), returning every line read.
     */
    private static List<String> linesUntilOpen(Process p) throws IOException {
        List<String> lines = new ArrayList<>();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.currentTimeMillis() + 90_000;
        String line;
        while (System.currentTimeMillis() < deadline && (line = out.readLine()) != null) {
            lines.add(line);
            if (line.contains("Kompis sandbox: open")) {
                break;
            }
        }
        return lines;
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void withoutCredentialsTheRunCommandStartsTheSandbox() throws Exception {
        int port = freePort();
        Process p = run(Map.of("PORT", String.valueOf(port)));
        try {
            List<String> lines = linesUntilOpen(p);
            assertThat(lines)
                    .filteredOn(l -> l.contains("Kompis sandbox"))
                    .singleElement()
                    .asString()
                    .endsWith("Kompis sandbox: open http://localhost:" + port
                            + "/ (no Slack needed; data in data/sandbox.db)");
            assertThat(Files.exists(dir.resolve("data/sandbox.db"))).isTrue();
            assertThat(get(port, "/").body()).contains("<title>Kompis sandbox</title>");
            assertThat(get(port, "/healthz").statusCode()).isEqualTo(200);
        } finally {
            p.destroy();
            p.waitFor(10, TimeUnit.SECONDS);
        }
        assertThat(Files.exists(dir.resolve("data/sandbox.db.slack.json")))
                .as("saved at shutdown")
                .isTrue();
    }

    @Test
    void sandboxFlagWinsOverCredentialsAndNeedsNoSlack() throws Exception {
        int port = freePort();
        Process p = run(
                Map.of(
                        "PORT",
                        String.valueOf(port),
                        "SLACK_BOT_TOKEN",
                        "xoxb-real",
                        "SLACK_SIGNING_SECRET",
                        "s",
                        "SLACK_API_URL",
                        "http://127.0.0.1:9/api/",
                        "KOMPIS_DB_URL",
                        "jdbc:sqlite:" + dir.resolve("try.db")),
                "--sandbox");
        try {
            assertThat(linesUntilOpen(p)).anyMatch(l -> l.contains("data in " + dir.resolve("try.db")));
            assertThat(get(port, "/sandbox/ui/state?as=U0KARI").body()).contains("\"team\":\"Kompis sandbox\"");
        } finally {
            p.destroy();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void anUnknownArgumentIsOneClearLine() throws Exception {
        Process p = run(Map.of(), "--sandbx");
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(out)
                .isEqualTo("kompis: Unknown argument '--sandbx': use --sandbox (Kompis without Slack, in the "
                        + "browser), rekey (re-encrypt stored Slack tokens with KOMPIS_SECRET_KEY), backup <file> or "
                        + "migrate --from <url> --to <url>.");
    }
}
