package org.kompis.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a ritual's job once per planned time: the run is claimed in the database first (a unique key on the
 * schedule and its planned time, a conditional update on the timer), then the job runs. A job that throws is
 * logged; its run stays claimed, so it is not repeated in a loop.
 */
final class Runs {
  private static final Logger log = LoggerFactory.getLogger(Runs.class);

  final Map<String, Scheduler.RecurringJob> recurring = new ConcurrentHashMap<>();
  final Map<String, Scheduler.TimerJob> timers = new ConcurrentHashMap<>();
  /** Timer kinds skipped when more than the grace window late (reminders, check-ins): no burst after downtime. */
  final java.util.Set<String> perishable = ConcurrentHashMap.newKeySet();
  private final Jdbi jdbi;
  private final Clock clock;
  private final java.time.Duration grace;

  Runs(Jdbi jdbi, Clock clock, java.time.Duration grace) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.grace = grace;
  }

  /** Claims and runs the run of {@code s} planned for {@code scheduledFor}; false when it had run already. */
  boolean schedule(Schedule s, Instant scheduledFor) {
    boolean claimed = jdbi.inTransaction(h -> {
      ScheduleStore store = h.attach(ScheduleStore.class);
      if (store.claimRun(s.id(), scheduledFor.toEpochMilli(), clock.millis()) == 0) {
        return false;
      }
      store.markFired(s.id(), scheduledFor.toEpochMilli());
      return true;
    });
    if (claimed) {
      Scheduler.RecurringJob job = recurring.get(s.ritual());
      try {
        if (job == null) {
          log.warn("No job for ritual {}: schedule {} skipped", s.ritual(), s.id());
        } else {
          job.run(s, scheduledFor);
        }
      } catch (Exception e) {
        log.error("Schedule {} ({}) failed at {}", s.id(), s.ritual(), scheduledFor, e);
      }
    }
    return claimed;
  }

  /** Claims and runs a pending timer; false when another run claimed it first. */
  boolean timer(Timer t) {
    if (jdbi.onDemand(ScheduleStore.class).claimTimer(t.id(), clock.millis()) == 0) {
      return false;
    }
    Scheduler.TimerJob job = timers.get(t.kind());
    java.time.Duration late = java.time.Duration.between(t.due(), clock.instant());
    if (perishable.contains(t.kind()) && late.compareTo(grace) > 0) {
      log.info("Skipped timer {} {}: {} h late, past the grace window", t.kind(), t.ref(), late.toHours());
      return true;
    }
    try {
      if (job == null) {
        log.warn("No job for timer kind {}", t.kind());
      } else {
        job.run(t);
      }
    } catch (Exception e) {
      log.error("Timer {} {} failed", t.kind(), t.ref(), e);
    }
    return true;
  }
}
