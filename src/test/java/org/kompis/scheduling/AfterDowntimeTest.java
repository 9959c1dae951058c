package org.kompis.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kompis.storage.Database;
import org.kompis.testing.TestClock;

/**
 * Guarantee 9: after downtime, no burst. Reminders and check-ins more than the grace window late are skipped; a
 * timer whose work must happen (a deadline, a purge) still runs once. Before: every pending timer fired at start,
 * however stale, so two days down meant a burst of old reminders.
 */
class AfterDowntimeTest {
    @TempDir
    Path dir;

    Database db;
    TestClock clock = new TestClock(Instant.parse("2026-11-16T08:00:00Z"));
    List<String> fired = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() {
        db = Database.open("jdbc:sqlite:" + dir.resolve("k.db"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void staleRemindersAreSkippedAndDeadlinesStillRun() throws Exception {
        Scheduler s = new Scheduler(db.jdbi(), clock, Duration.ofHours(6), false);
        s.onTimerWithGrace("remind", t -> fired.add("remind " + t.ref()));
        s.onTimer("deadline", t -> fired.add("deadline " + t.ref()));
        s.start();
        s.at("T1", "remind", "stale", clock.instant().plus(Duration.ofHours(1)));
        s.at("T1", "remind", "fresh", clock.instant().plus(Duration.ofHours(47)));
        s.at("T1", "deadline", "review", clock.instant().plus(Duration.ofHours(2)));
        assertThat(s.due("remind", "stale")).contains(clock.instant().plus(Duration.ofHours(1)));

        clock.advance(Duration.ofHours(48)); // Kompis was down for two days
        s.runDue();
        assertThat(fired).containsExactlyInAnyOrder("remind fresh", "deadline review");
        assertThat(s.due("remind", "stale"))
                .as("consumed, not left to fire later")
                .isEmpty();
        assertThat(s.runDue()).isZero();
        s.close();
    }
}
