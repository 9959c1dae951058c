package org.kompis.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kompis.app.ConfigLoader;
import org.kompis.core.ConfigException;
import org.kompis.core.LessonSource;
import org.kompis.core.NewLesson;
import org.kompis.lessons.LessonStore;
import org.kompis.testing.FakeSlack;
import org.kompis.testing.Sql;
import org.kompis.testing.TestApp;

/**
 * Guarantees 9 and 13: the event inbox is purged after a week, the nightly retention purge catches up after a
 * restart, and the Web API is only reached over https (plain http to loopback only, for a local stand-in).
 */
class HousekeepingTest {
    /** Before: event_inbox kept every event id for ever. */
    @Test
    void eventIdsOlderThanAWeekAreForgotten() {
        try (TestApp app = TestApp.start()) {
            app.event("Ev-old", message());
            app.clock.advance(Duration.ofDays(8));
            app.event("Ev-new", message());
            assertThat(Sql.strings(app.kit().jdbi(), "select event_id from event_inbox"))
                    .containsExactly("Ev-new");
        }
    }

    /** Before: each start re-armed the purge for the next night, so a Kompis restarted daily before 03:15 never purged. */
    @Test
    void aPurgeThatWasDueWhileKompisWasDownRunsAtTheNextStart() {
        Instant start = Instant.parse("2026-11-20T09:00:00Z");
        Map<String, String> env = new HashMap<>();
        String dbUrl;
        try (TestApp first = TestApp.start("retention_days: 30\n", start)) {
            dbUrl = "jdbc:sqlite:" + first.dir.resolve("kompis.db");
            first.kit()
                    .jdbi()
                    .onDemand(LessonStore.class)
                    .add(NewLesson.of(LessonSource.MANUAL, FakeSlack.TEAM, "A lesson")
                            .inChannel(TestApp.CHANNEL)
                            .at(first.clock.millis()));
            // The daily sweep, due at start, arms the purge of each workspace that has rows, in its own night.
            assertThat(first.kit().scheduler().runDue()).isEqualTo(1);
            assertThat(first.kit().scheduler().due("privacy.purge", FakeSlack.TEAM))
                    .contains(Instant.parse("2026-11-21T02:15:00Z"));
        }
        env.put("KOMPIS_DB_URL", dbUrl);
        try (TestApp again = TestApp.start("retention_days: 30\n", start.plus(Duration.ofHours(20)), env)) {
            assertThat(again.kit().scheduler().due("privacy.purge", FakeSlack.TEAM))
                    .as("still due from before, not moved")
                    .contains(Instant.parse("2026-11-21T02:15:00Z"));
            assertThat(again.kit().scheduler().runDue()).isEqualTo(1);
            assertThat(again.kit().scheduler().due("privacy.purge", FakeSlack.TEAM))
                    .contains(Instant.parse("2026-11-22T02:15:00Z"));
        }
    }

    /** Before: any http:// URL was taken, and the bot token travelled in clear text. */
    @Test
    void theWebApiIsReachedOverHttpsOrOnLoopbackOnly() {
        Map<String, String> env = new HashMap<>(Map.of(
                "SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "s", "KOMPIS_CONFIG", "config/kompis.yaml"));
        env.put("SLACK_API_URL", "http://slack.example.org/api/");
        assertThatThrownBy(() -> ConfigLoader.load(env))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("https://");
        env.put("SLACK_API_URL", "http://localhost:9000/api/");
        assertThat(ConfigLoader.load(env).apiUrl()).isEqualTo("http://localhost:9000/api/");
        env.put("SLACK_API_URL", "https://slack.com/api/");
        assertThat(ConfigLoader.load(env).apiUrl()).isEqualTo("https://slack.com/api/");
    }

    private static JsonObject message() {
        JsonObject e = new JsonObject();
        e.addProperty("type", "app_mention");
        e.addProperty("user", TestApp.KARI);
        e.addProperty("channel", TestApp.CHANNEL);
        e.addProperty("text", "hi");
        return e;
    }
}
