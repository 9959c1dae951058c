package org.kompis.scheduling;

import io.micrometer.core.instrument.Metrics;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Jdbi;
import org.kompis.cluster.Replica;
import org.kompis.workers.CurrentWorkspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a ritual's job once per planned time: the run is claimed in the database first (a unique key on the
 * schedule and its planned time, a conditional update on the timer), for this replica, then the job runs and the
 * run is marked finished. A job that throws is logged; its run stays claimed, so it is not repeated in a loop. A run
 * whose replica died before it finished is run again by another ({@link Takeover}).
 */
final class Runs {
    private static final Logger log = LoggerFactory.getLogger(Runs.class);

    final Map<String, Scheduler.RecurringJob> recurring = new ConcurrentHashMap<>();
    final Map<String, Scheduler.TimerJob> timers = new ConcurrentHashMap<>();
    /** Timer kinds skipped when more than the grace window late (reminders, check-ins): no burst after downtime. */
    final java.util.Set<String> perishable = ConcurrentHashMap.newKeySet();

    private final Jdbi jdbi;
    private final Clock clock;
    private final Replica replica;
    private final java.time.Duration grace;

    Runs(Jdbi jdbi, Clock clock, java.time.Duration grace, Replica replica) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.grace = grace;
        this.replica = replica;
    }

    /** Claims and runs the run of {@code s} planned for {@code scheduledFor}; false when it had run already. */
    boolean schedule(Schedule s, Instant scheduledFor) {
        boolean claimed = jdbi.inTransaction(h -> {
            ScheduleStore store = h.attach(ScheduleStore.class);
            if (store.claimRun(s.id(), scheduledFor.toEpochMilli(), clock.millis(), replica.id()) == 0) {
                return false;
            }
            store.markFired(s.id(), scheduledFor.toEpochMilli());
            return true;
        });
        if (claimed) {
            runClaimed(s, scheduledFor);
        }
        return claimed;
    }

    /** Runs a run this replica holds the claim of, then marks it finished. */
    void runClaimed(Schedule s, Instant scheduledFor) {
        Scheduler.RecurringJob job = recurring.get(s.ritual());
        // What the job hands the workers is its workspace's work, queued in that workspace's lane.
        try (CurrentWorkspace.Scope ignored = CurrentWorkspace.enter(s.teamId())) {
            if (job == null) {
                log.warn("No job for ritual {}: schedule {} skipped", s.ritual(), s.id());
            } else {
                Metrics.counter("kompis.scheduled.runs", "job", s.ritual()).increment();
                job.run(s, scheduledFor);
            }
        } catch (Exception e) {
            log.error("Schedule {} ({}) failed at {}", s.id(), s.ritual(), scheduledFor, e);
        }
        jdbi.onDemand(ScheduleStore.class).finishRun(s.id(), scheduledFor.toEpochMilli(), clock.millis());
    }

    /** Claims and runs a pending timer; false when another run claimed it first. */
    boolean timer(Timer t) {
        if (jdbi.onDemand(ScheduleStore.class).claimTimer(t.id(), clock.millis(), replica.id()) == 0) {
            return false;
        }
        runClaimed(t);
        return true;
    }

    void runClaimed(Timer t) {
        Scheduler.TimerJob job = timers.get(t.kind());
        java.time.Duration late = java.time.Duration.between(t.due(), clock.instant());
        if (perishable.contains(t.kind()) && late.compareTo(grace) > 0) {
            log.info("Skipped timer {} {}: {} h late, past the grace window", t.kind(), t.ref(), late.toHours());
            jdbi.onDemand(ScheduleStore.class).finishTimer(t.id(), clock.millis());
            return;
        }
        try (CurrentWorkspace.Scope ignored = CurrentWorkspace.enter(t.teamId())) {
            if (job == null) {
                log.warn("No job for timer kind {}", t.kind());
            } else {
                Metrics.counter("kompis.scheduled.runs", "job", t.kind()).increment();
                job.run(t);
            }
        } catch (Exception e) {
            log.error("Timer {} {} failed", t.kind(), t.ref(), e);
        }
        jdbi.onDemand(ScheduleStore.class).finishTimer(t.id(), clock.millis());
    }
}
