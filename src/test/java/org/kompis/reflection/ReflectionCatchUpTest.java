package org.kompis.reflection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kompis.Rituals;
import org.kompis.app.ConfigLoader;
import org.kompis.app.Kompis;
import org.kompis.core.Config;
import org.kompis.scheduling.Holidays;
import org.kompis.scheduling.Recurrence;
import org.kompis.testing.FakeSlack;
import org.kompis.testing.Sql;
import org.kompis.testing.TestApp;
import org.kompis.testing.TestClock;

/**
 * Kompis down over a scheduled prompt: started again within the grace window (6 h) it posts the missed prompt once;
 * later than that it skips it and keeps the schedule.
 */
class ReflectionCatchUpTest {
    static final String CHANNEL = "C0CATCHUP";

    @TempDir
    Path dir;

    FakeSlack slack;
    TestClock clock = new TestClock(Instant.parse("2026-11-20T07:00:00Z"));
    Config config;

    @BeforeEach
    void setUp() throws Exception {
        slack = TestApp.people(new FakeSlack());
        Files.writeString(
                dir.resolve("kompis.yaml"), "default_language: en\ntime_zone: Europe/Oslo\n", StandardCharsets.UTF_8);
        config = ConfigLoader.load(Map.of(
                "PORT",
                "0",
                "SLACK_BOT_TOKEN",
                FakeSlack.BOT_TOKEN,
                "SLACK_SIGNING_SECRET",
                TestApp.SECRET,
                "SLACK_API_URL",
                slack.apiUrl(),
                "KOMPIS_DB_URL",
                "jdbc:sqlite:" + dir.resolve("kompis.db"),
                "KOMPIS_CONFIG",
                dir.resolve("kompis.yaml").toString()));
    }

    @AfterEach
    void tearDown() {
        slack.close();
    }

    private Kompis startAt(String instant) {
        clock.set(Instant.parse(instant));
        return Kompis.start(config, clock, false, Rituals.all());
    }

    private long posts() {
        return slack.calls("chat.postMessage").stream()
                .filter(c -> CHANNEL.equals(c.param("channel")))
                .count();
    }

    private static int runs(Kompis kompis) {
        return Sql.count(kompis.kit().jdbi(), "select count(*) from reflection_prompts where channel_id = ?", CHANNEL);
    }

    private void awaitPosts(long n) {
        long deadline = System.currentTimeMillis() + 5000;
        while (posts() < n) {
            assertThat(System.currentTimeMillis()).as("waiting for post %d", n).isLessThan(deadline);
            ReflectionFlowTest.sleep(20);
        }
    }

    @Test
    void oneCatchUpWithinGraceNoneAfter() {
        try (Kompis kompis = startAt("2026-11-20T07:00:00Z")) {
            kompis.kit()
                    .scheduler()
                    .save(
                            FakeSlack.TEAM,
                            "reflect",
                            CHANNEL,
                            Recurrence.weekly(
                                    DayOfWeek.FRIDAY,
                                    LocalTime.of(9, 0),
                                    ZoneId.of("Europe/Oslo"),
                                    1,
                                    Holidays.NORWAY,
                                    LocalDate.of(2026, 11, 20)),
                            TestApp.MANAGER);
        }
        // Down from 07:00Z to 10:00Z: the 08:00Z prompt (09:00 in Oslo) is two hours late.
        try (Kompis kompis = startAt("2026-11-20T10:00:00Z")) {
            awaitPosts(1);
            kompis.kit().scheduler().runDue();
            assertThat(runs(kompis)).isEqualTo(1);
            assertThat(Sql.strings(
                            kompis.kit().jdbi(),
                            "select fire_time from reflection_prompts where channel_id = ?",
                            CHANNEL))
                    .containsExactly(
                            String.valueOf(Instant.parse("2026-11-20T08:00:00Z").toEpochMilli()));
        }
        // Down over the next Friday until 16:00Z: eight hours late is past the grace window, so no prompt.
        try (Kompis kompis = startAt("2026-11-27T16:00:00Z")) {
            kompis.kit().scheduler().runDue();
            assertThat(runs(kompis)).isEqualTo(1);
            ReflectionFlowTest.sleep(1000);
            assertThat(posts()).isEqualTo(1);
            clock.set(Instant.parse("2026-12-04T08:00:00Z"));
            kompis.kit().scheduler().runDue();
            assertThat(runs(kompis)).as("the Friday after runs as usual").isEqualTo(2);
            awaitPosts(2);
        }
        assertThat(posts()).isEqualTo(2);
    }
}
