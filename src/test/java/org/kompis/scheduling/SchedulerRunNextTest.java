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

/**
 * Time travel, as the sandbox does it: {@code next} names the earliest pending run or timer whatever the clock says;
 * with the clock moved there, it fires keeping its planned time, and only once.
 */
class SchedulerRunNextTest {
    @TempDir
    Path dir;

    Database db;
    TestClock clock = new TestClock(Instant.parse("2026-11-16T08:00:00Z"));
    List<String> fired = new CopyOnWriteArrayList<>();
    Scheduler scheduler;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(TestDatabases.fresh(dir, "k.db"));
        scheduler = new Scheduler(db.jdbi(), clock, Duration.ofHours(6), false);
        scheduler.onSchedule("reflect", (s, at) -> fired.add("reflect@" + at));
        scheduler.onTimer("remind", t -> fired.add("remind:" + t.ref()));
        scheduler.start();
    }

    @AfterEach
    void close() {
        scheduler.close();
        db.close();
    }

    @Test
    void theEarliestGoesFirstWhateverTheClockSays() {
        scheduler.save(
                "T",
                "reflect",
                "C1",
                Recurrence.weekly(
                        DayOfWeek.FRIDAY,
                        LocalTime.of(9, 0),
                        ZoneId.of("Europe/Oslo"),
                        1,
                        Holidays.NONE,
                        LocalDate.of(2026, 1, 2)),
                "U1");
        scheduler.at("T", "remind", "r1", Instant.parse("2026-11-17T10:00:00Z"));

        assertThat(runNext()).contains(new Scheduler.Due("remind", Instant.parse("2026-11-17T10:00:00Z")));
        assertThat(runNext()).contains(new Scheduler.Due("reflect", Instant.parse("2026-11-20T08:00:00Z")));
        assertThat(runNext()).contains(new Scheduler.Due("reflect", Instant.parse("2026-11-27T08:00:00Z")));
        assertThat(fired).containsExactly("remind:r1", "reflect@2026-11-20T08:00:00Z", "reflect@2026-11-27T08:00:00Z");
        assertThat(scheduler.nextDue()).contains(Instant.parse("2026-12-04T08:00:00Z"));
    }

    @Test
    void aRunAlreadyClaimedIsNotRepeated() {
        scheduler.at("T", "remind", "r1", Instant.parse("2026-11-16T07:00:00Z"));
        assertThat(scheduler.runDue()).isEqualTo(1);
        assertThat(scheduler.next()).isEmpty();
        assertThat(scheduler.runDue()).isZero();
        assertThat(fired).containsExactly("remind:r1");
    }

    /** What the sandbox's "run the next job" does: the clock jumps to the next job, then what is due fires. */
    private java.util.Optional<Scheduler.Due> runNext() {
        java.util.Optional<Scheduler.Due> next = scheduler.next();
        next.ifPresent(d -> clock.set(d.at()));
        return next.filter(d -> scheduler.runDue() == 1);
    }
}
