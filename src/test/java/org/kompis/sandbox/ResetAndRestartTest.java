package org.kompis.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kompis.sandbox.SandboxApp.GENERAL;
import static org.kompis.sandbox.SandboxApp.KARI;
import static org.kompis.sandbox.SandboxApp.shows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kompis.core.ConfigException;
import org.kompis.storage.Database;
import org.kompis.testing.Eventually;
import org.kompis.testing.Sql;

/** The sandbox's data lives in its own files, survives a restart, and Reset starts over. */
class ResetAndRestartTest {
    @TempDir
    Path dir;

    private static int chosenLanguages(SandboxApp app) {
        return Sql.count(app.sandbox.kompis().kit().jdbi(), "select count(*) from user_settings");
    }

    @Test
    void resetDeletesEverythingAndSeedsTheDemoAgain() {
        try (SandboxApp app = SandboxApp.start(dir)) {
            app.post("/sandbox/ui/message", "as", KARI, "channel", GENERAL, "text", "Skal bort");
            app.post("/sandbox/ui/command", "as", KARI, "channel", GENERAL, "text", "/kompis language sv");
            app.await(KARI, s -> shows(s, "Kompis pratar svenska"));
            assertThat(chosenLanguages(app)).isEqualTo(1);
            var accepted = app.send("/sandbox/ui/reset", "{}", "application/json");
            assertThat(accepted.statusCode()).isEqualTo(202);
            var fresh = awaitRestarted(app);
            assertThat(shows(fresh, "Skal bort")).isFalse();
            assertThat(shows(fresh, "God morgen!"))
                    .as("the demo chatter is back")
                    .isTrue();
            assertThat(chosenLanguages(app)).isZero();
            assertThat(fresh.get("offsetMillis").getAsLong()).isZero();
        }
    }

    @Test
    void resetAnswersTheWaitingPageAndLogsNoStackTrace() throws Exception {
        try (SandboxApp app = SandboxApp.start(dir)) {
            long version = app.state(KARI).get("version").getAsLong();
            var poll = CompletableFuture.supplyAsync(() -> app.get("/sandbox/ui/state?as=" + KARI + "&v=" + version));
            Eventually.eventually(() -> assertThat(longPollWaiting())
                    .as("the page's long poll is waiting")
                    .isTrue());
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            PrintStream console = System.err;
            System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
            try {
                assertThat(app.send("/sandbox/ui/reset", "{}", "application/json")
                                .statusCode())
                        .isEqualTo(202);
                var meanwhile = app.send(
                        "/sandbox/ui/command",
                        Json.obj("as", KARI, "channel", GENERAL, "text", "/kompis help")
                                .toString(),
                        "application/json");
                assertThat(meanwhile.statusCode()).isEqualTo(503);
                assertThat(meanwhile.body()).contains(SandboxUi.RESTARTING);
                // Answered, not cut off: the page shows it is reconnecting and asks again.
                assertThat(poll.get(15, TimeUnit.SECONDS).statusCode()).isEqualTo(503);
                long deadline = System.currentTimeMillis() + 30_000;
                while (app.sandbox.restarting() && System.currentTimeMillis() < deadline) {
                    SandboxApp.sleep(50);
                }
                assertThat(app.sandbox.restarting())
                        .as("started again within 30 s")
                        .isFalse();
                awaitRestarted(app);
            } finally {
                System.setErr(console);
            }
            String logged = log.toString(StandardCharsets.UTF_8);
            console.print(logged);
            assertThat(logged)
                    .contains("Sandbox reset")
                    .doesNotContain("Exception")
                    .doesNotContain("\tat ");
        }
    }

    private static boolean longPollWaiting() {
        return Thread.getAllStackTraces().values().stream()
                .anyMatch(stack -> java.util.Arrays.stream(stack)
                        .anyMatch(f -> f.getMethodName().equals("awaitChange")));
    }

    private static com.google.gson.JsonObject awaitRestarted(SandboxApp app) {
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            try {
                var s = app.state(KARI);
                if (!shows(s, "Skal bort") && shows(s, "God morgen!") && app.sandbox.kompis() != null) {
                    return s;
                }
            } catch (RuntimeException restarting) {
                // the server is down while Kompis restarts
            }
            SandboxApp.sleep(100);
        }
        throw new AssertionError("the sandbox did not start over in 15 s");
    }

    @Test
    void aRestartFindsTheSameWorkspaceAndClock() {
        long offset;
        try (SandboxApp app = SandboxApp.start(dir)) {
            app.post("/sandbox/ui/message", "as", KARI, "channel", GENERAL, "text", "Blir igjen");
            app.sandbox.clock().advanceTo(app.sandbox.clock().instant().plusSeconds(3 * 86_400));
            app.post("/sandbox/ui/message", "as", KARI, "channel", GENERAL, "text", "Tre dager senere");
            offset = app.sandbox.clock().offset().toMillis();
        }
        try (SandboxApp again = SandboxApp.start(dir)) {
            var s = again.state(KARI);
            assertThat(shows(s, "Blir igjen")).isTrue();
            assertThat(shows(s, "Tre dager senere")).isTrue();
            assertThat(again.sandbox.clock().offset().toMillis()).isGreaterThanOrEqualTo(offset);
            // Both installs still work: their tokens, sealed with the key kept beside the database, open again.
            again.post("/sandbox/ui/join", "as", "U0ASTRID", "channel", "C0LEARNING");
            again.await("U0ASTRID", st -> shows(st, "Velkommen, <@U0ASTRID>!"));
            again.post("/sandbox/ui/join", "as", "U2ERIK", "channel", SecondWorkspace.LEARNING);
            again.await("U2ERIK", st -> shows(st, "<@U2ERIK>") && shows(st, "fika i personalrummet"));
        }
    }

    @Test
    void itNeverOpensADatabaseItDidNotMake() {
        Database.open("jdbc:sqlite:" + dir.resolve("kompis.db")).close();
        assertThatThrownBy(() -> Sandbox.start(
                        Map.of(
                                "PORT",
                                "0",
                                "KOMPIS_DB_URL",
                                "jdbc:sqlite:" + dir.resolve("kompis.db"),
                                "KOMPIS_CONFIG",
                                "config/kompis.yaml"),
                        org.kompis.Rituals::all))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("is not a sandbox database");
        assertThat(Files.exists(dir.resolve("kompis.db.slack.json"))).isFalse();
    }

    @Test
    void demoLessonsAreSeededOnceThroughTheLessonsLibrary() {
        try (SandboxApp app = SandboxApp.start(dir)) {
            var jdbi = app.sandbox.kompis().kit().jdbi();
            assertThat(Sql.count(
                            jdbi,
                            "select count(*) from lessons where team_id = ? and source_ref like 'sandbox:%'",
                            Demo.TEAM))
                    .isEqualTo(5);
            assertThat(Sql.count(jdbi, "select count(*) from lessons where mistake = 1"))
                    .as("one mistake we learned from")
                    .isOne();
            assertThat(Sql.count(jdbi, "select count(*) from lesson_channels where team_id = ?", Demo.TEAM))
                    .isEqualTo(3);
            assertThat(LessonSeed.seed(jdbi, 0))
                    .as("seeding again, as a restart does, adds nothing")
                    .isZero();
        }
    }
}
