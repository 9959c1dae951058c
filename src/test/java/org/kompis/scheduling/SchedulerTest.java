package org.kompis.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kompis.storage.Database;
import org.kompis.testing.TestClock;
import org.kompis.testing.TestDatabases;

/** Runs happen once, on time, and after downtime at most once within the grace window. */
class SchedulerTest {
    @TempDir
    Path dir;

    Database db;
    TestClock clock = new TestClock(Instant.parse("2026-11-16T08:00:00Z"));
    List<Instant> runs = new CopyOnWriteArrayList<>();
    List<String> timers = new CopyOnWriteArrayList<>();
    static final Recurrence FRIDAY_9 = Recurrence.weekly(
            DayOfWeek.FRIDAY, LocalTime.of(9, 0), ZoneId.of("Europe/Oslo"), 1, Holidays.NONE, LocalDate.of(2026, 1, 5));

    @BeforeEach
    void open() {
        db = Database.open(TestDatabases.fresh(dir, "k.db"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Scheduler scheduler() throws Exception {
        Scheduler s = new Scheduler(db.jdbi(), clock, Duration.ofHours(6), false);
        s.onSchedule("reflect", (schedule, at) -> runs.add(at));
        s.onTimer("remind", t -> timers.add(t.ref()));
        s.start();
        return s;
    }

    @Test
    void firesOnTimeAndOnlyOnce() throws Exception {
        Scheduler s = scheduler();
        s.save("T", "reflect", "C1", FRIDAY_9, "U1");
        assertThat(s.runDue()).isZero();
        clock.set(Instant.parse("2026-11-20T08:00:00Z"));
        assertThat(s.runDue()).isEqualTo(1);
        assertThat(s.runDue()).isZero();
        assertThat(s.fireSchedule(
                        s.find("T", "reflect", "C1").orElseThrow().id(), Instant.parse("2026-11-20T08:00:00Z")))
                .as("a second fire of the same time, e.g. from Quartz, is refused")
                .isFalse();
        assertThat(runs).containsExactly(Instant.parse("2026-11-20T08:00:00Z"));
        assertThat(s.nextRun(s.find("T", "reflect", "C1").orElseThrow()))
                .contains(Instant.parse("2026-11-27T08:00:00Z"));
    }

    @Test
    void aRunMissedDuringDowntimeFiresOnceWithinGrace() throws Exception {
        scheduler().save("T", "reflect", "C1", FRIDAY_9, "U1");
        clock.set(Instant.parse("2026-12-04T10:00:00Z"));
        scheduler();
        assertThat(runs)
                .as("three Fridays were missed; only the latest, 2 h ago, runs")
                .containsExactly(Instant.parse("2026-12-04T08:00:00Z"));
    }

    @Test
    void aRunMissedLongerThanGraceIsSkipped() throws Exception {
        scheduler().save("T", "reflect", "C1", FRIDAY_9, "U1");
        clock.set(Instant.parse("2026-11-20T15:00:00Z"));
        Scheduler s = scheduler();
        assertThat(runs).isEmpty();
        assertThat(s.runDue()).isZero();
        clock.set(Instant.parse("2026-11-27T08:00:00Z"));
        assertThat(s.runDue()).isEqualTo(1);
    }

    @Test
    void pausedSchedulesDoNotRun() throws Exception {
        Scheduler s = scheduler();
        Schedule saved = s.save("T", "reflect", "C1", FRIDAY_9, "U1");
        s.pause(saved);
        clock.set(Instant.parse("2026-11-20T08:00:00Z"));
        assertThat(s.runDue()).isZero();
        assertThat(s.nextRun(s.find("T", "reflect", "C1").orElseThrow())).isEmpty();
    }

    @Test
    void timersFireOnceAndCanBeMovedOrCancelled() throws Exception {
        Scheduler s = scheduler();
        s.at("T", "remind", "a", clock.instant().plusSeconds(60));
        s.at("T", "remind", "b", clock.instant().plusSeconds(60));
        s.at("T", "remind", "a", clock.instant().plusSeconds(120));
        s.cancel("remind", "b");
        clock.advance(Duration.ofSeconds(90));
        assertThat(s.runDue()).isZero();
        clock.advance(Duration.ofSeconds(60));
        assertThat(s.runDue()).isEqualTo(1);
        assertThat(s.runDue()).isZero();
        assertThat(timers).containsExactly("a");
    }

    @Test
    void nextDueIsTheEarliestOfSchedulesAndTimers() throws Exception {
        Scheduler s = scheduler();
        s.save("T", "reflect", "C1", FRIDAY_9, "U1");
        s.at("T", "remind", "x", Instant.parse("2026-11-18T12:00:00Z"));
        assertThat(s.nextDue()).contains(Instant.parse("2026-11-18T12:00:00Z"));
    }
}
