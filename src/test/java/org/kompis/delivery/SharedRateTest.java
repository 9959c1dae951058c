package org.kompis.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kompis.storage.Database;
import org.kompis.testing.Sql;
import org.kompis.testing.TestDatabases;

/**
 * The workspace rate two replicas share through the database, on a fake clock: it grows only while the posts use
 * it, a 429 seen by one replica pauses the other for Retry-After and cuts the rate, and it never grows past what was
 * being used when Slack said 429 by more than 3 % a second.
 */
class SharedRateTest {
    @TempDir
    Path dir;

    Database db;
    String url;
    final AtomicLong now = new AtomicLong(1_000_000);
    SharedRate one;
    SharedRate two;

    @BeforeEach
    void open() {
        Assumptions.assumeTrue(TestDatabases.postgresql(), "the shared rate lives in PostgreSQL");
        url = TestDatabases.fresh(dir, "k.db");
        db = Database.open(url);
        one = new SharedRate(db.jdbi(), 20, now::get);
        two = new SharedRate(db.jdbi(), 20, now::get);
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
            TestDatabases.release(url);
        }
    }

    /** A pump on each replica taking every slot it is given for {@code millis}; returns the slots taken. */
    private int pumpFor(long millis, int wantedPerTick) {
        int taken = 0;
        for (long end = now.get() + millis; now.get() < end; now.addAndGet(10)) {
            for (SharedRate replica : new SharedRate[] {one, two}) {
                for (int i = 0; i < wantedPerTick && replica.tryAcquire("T1") == 0; i++) {
                    taken++;
                }
            }
        }
        return taken;
    }

    private double rate() {
        return Sql.one(db.jdbi(), "select per_second from send_rates where team_id = 'T1'", Double.class);
    }

    @Test
    void whilePostsWaitForSlotsAndUseThemAllTheRateGrowsFast() {
        int first = pumpFor(1000, 100);
        pumpFor(1000, 100);
        int third = pumpFor(1000, 100);
        assertThat(first).as("the first second, from 20 a second").isBetween(15, 120);
        assertThat(rate()).as("doubled several times in three seconds").isGreaterThan(150);
        assertThat(third).isGreaterThan(first * 3);
    }

    @Test
    void aTrickleOfPostsDoesNotRaiseTheRate() {
        for (int i = 0; i < 300; i++) {
            now.addAndGet(100);
            one.tryAcquire("T1");
        }
        assertThat(rate()).as("10 posts a second never use a rate of 20").isEqualTo(20.0);
    }

    @Test
    void aRateLimitOnOneReplicaPausesTheOtherAndCutsTheRate() {
        pumpFor(2000, 100);
        double before = rate();
        one.limited("T1", Duration.ofSeconds(3));
        assertThat(rate()).isLessThanOrEqualTo(before * 0.85 + 1e-9).isGreaterThanOrEqualTo(before * 0.5 - 1e-9);
        long start = now.get();
        int early = 0;
        long firstSlot = -1;
        while (firstSlot < 0) {
            now.addAndGet(10);
            if (two.tryAcquire("T1") == 0) {
                if (now.get() - start < 2950) {
                    early++;
                } else {
                    firstSlot = now.get() - start;
                }
            }
        }
        assertThat(early)
                .as("the other replica posts only the slots it already held (50 ms worth), then waits")
                .isLessThanOrEqualTo((int) (before * 0.05) + 1);
        assertThat(firstSlot).as("Retry-After, for the other replica too").isLessThan(3200);
        one.limited("T1", Duration.ofSeconds(3));
        double cut = rate();
        now.addAndGet(100);
        one.limited("T1", Duration.ofSeconds(3));
        assertThat(rate())
                .as("one cut per Retry-After, however many posts got the 429")
                .isEqualTo(cut);
    }

    @Test
    void afterA429TheRateGrowsByAFewPercentASecond() {
        pumpFor(2000, 100);
        one.limited("T1", Duration.ofSeconds(1));
        double cut = rate();
        pumpFor(10_000, 100);
        assertThat(rate()).isGreaterThan(cut).isLessThanOrEqualTo(cut * Math.pow(1.03, 10) + 1e-6);
    }
}
