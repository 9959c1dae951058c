package org.kompis.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.kompis.testing.Eventually;
import org.kompis.testing.Payloads;
import org.kompis.testing.Signer;
import org.kompis.testing.Sql;
import org.kompis.testing.TestApp;
import org.kompis.testing.TestDatabases;

/**
 * Guarantee 10 across processes: a signed command or form captured and sent again within its 5 minutes has one
 * effect, whether the copy reaches the same Kompis, another one on the same database (a replica) or one started
 * after a restart. Before: the signatures seen lived in each process's memory, so the copy ran again elsewhere.
 */
class ReplayAcrossProcessesTest {
    /** On PostgreSQL, where replicas share one database (SQLite allows one Kompis per file). */
    @Test
    void aReplayToAnotherReplicaHasNoEffect() {
        Assumptions.assumeTrue(TestDatabases.postgresql(), "replicas share a PostgreSQL database");
        try (TestApp app = TestApp.start()) {
            TestApp replica = TestApp.start("", app.clock.instant(), Map.of("KOMPIS_DB_URL", app.dbUrl));
            try {
                sendTwice(app, replica);
            } finally {
                stopWithoutDroppingTheDatabase(replica);
            }
        }
    }

    /** A restart: a new process on the same database, the copy still within its 5 minutes. */
    @Test
    void aReplayAfterARestartHasNoEffect() {
        try (TestApp app = TestApp.start()) {
            TestApp[] restarted = new TestApp[1];
            sendTwice(app, () -> {
                app.kompis.close();
                restarted[0] = TestApp.start("", app.clock.instant(), Map.of("KOMPIS_DB_URL", app.dbUrl));
                restarted[0].clock.advance(Duration.ofMinutes(4));
                return restarted[0];
            });
            stopWithoutDroppingTheDatabase(restarted[0]);
        }
    }

    private static void sendTwice(TestApp app, TestApp other) {
        sendTwice(app, () -> other);
    }

    /** A help command and a lesson form, each sent to {@code app} and then, the same bytes, to the other Kompis. */
    private static void sendTwice(TestApp app, Supplier<TestApp> then) {
        Signed command = signed(
                app, Payloads.command("/kompis", "help", TestApp.OLA, TestApp.CHANNEL, app.slack.responseUrl("one")));
        Signed form = signed(
                app,
                Payloads.viewSubmission(
                        TestApp.OLA,
                        "lessons_add_modal",
                        TestApp.CHANNEL,
                        Payloads.values("text", "text", Payloads.text("Replayed to a replica"))));
        assertThat(command.to(app)).isEqualTo(200);
        assertThat(form.to(app)).isEqualTo(200);
        app.reply("one");
        Eventually.eventually(() -> assertThat(lessons(app)).isEqualTo(1));

        TestApp other = then.get();
        assertThat(command.to(other)).isEqualTo(200);
        assertThat(form.to(other)).isEqualTo(200);
        // What a copy would have done is done by the time a later command is answered: a second answer, a lesson.
        other.reply(other.command(TestApp.OLA, "/kompis", "help"));
        assertThat(app.slack.calls("response_url").stream().filter(c -> "one".equals(c.param("id"))))
                .hasSize(1);
        assertThat(lessons(other)).isEqualTo(1);
    }

    /** The memory is bounded: once a timestamp can no longer be accepted, its row is purged. */
    @Test
    void requestsSeenAreForgottenOnceTheyCouldNoLongerBeReplayed() {
        try (TestApp app = TestApp.start()) {
            app.reply(app.command(TestApp.OLA, "/kompis", "help"));
            assertThat(Sql.count(app.kit().jdbi(), "select count(*) from request_replays"))
                    .isEqualTo(1);
            app.clock.advance(Duration.ofMinutes(7));
            app.reply(app.command(TestApp.OLA, "/kompis", "help"));
            assertThat(Sql.count(app.kit().jdbi(), "select count(*) from request_replays"))
                    .isEqualTo(1);
        }
    }

    private static int lessons(TestApp app) {
        return Sql.count(app.kit().jdbi(), "select count(*) from lessons where text = 'Replayed to a replica'");
    }

    /** It shares the first app's database, which that app's close frees. */
    private static void stopWithoutDroppingTheDatabase(TestApp other) {
        other.kompis.close();
        other.slack.close();
    }

    /** One request as Slack signed it, sent as is to whichever Kompis. */
    private record Signed(byte[] body, Map<String, String> headers) {
        int to(TestApp app) {
            return app.post(body, "application/x-www-form-urlencoded", headers).statusCode();
        }
    }

    private static Signed signed(TestApp app, String body) {
        long ts = app.clock.instant().getEpochSecond();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return new Signed(
                bytes,
                Map.of(
                        "X-Slack-Request-Timestamp",
                        String.valueOf(ts),
                        "X-Slack-Signature",
                        Signer.sign(TestApp.SECRET, ts, bytes)));
    }
}
