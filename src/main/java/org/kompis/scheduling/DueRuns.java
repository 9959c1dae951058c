package org.kompis.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fires what is due: one run when Quartz fires, everything due when time is driven by hand, and at start the one
 * missed run a schedule may still make up for. {@link Runs} claims each run first, so firing twice runs once.
 */
final class DueRuns {
    private static final Logger log = LoggerFactory.getLogger(DueRuns.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final Duration grace;
    private final Runs runs;
    private final Alarms alarms;

    DueRuns(Jdbi jdbi, Clock clock, Duration grace, Runs runs, Alarms alarms) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.grace = grace;
        this.runs = runs;
        this.alarms = alarms;
    }

    int runDue() {
        Instant now = clock.instant();
        int ran = 0;
        for (Schedule s : store().active()) {
            Instant next = Agenda.upcoming(s);
            if (!next.isAfter(now)) {
                ran += fireSchedule(s.id(), next) ? 1 : 0;
            }
        }
        for (Timer t : store().pendingTimers()) {
            if (t.dueAt() <= now.toEpochMilli()) {
                ran += fireTimer(t.id()) ? 1 : 0;
            }
        }
        return ran;
    }

    boolean fireSchedule(long id, Instant scheduledFor) {
        Optional<Schedule> found = store().byId(id);
        if (found.isEmpty() || found.get().paused()) {
            return false;
        }
        boolean claimed = runs.schedule(found.get(), scheduledFor);
        store().byId(id).ifPresent(s -> alarms.arm(s, clock.instant()));
        return claimed;
    }

    boolean fireTimer(long id) {
        return store().pendingTimers().stream()
                .filter(t -> t.id() == id)
                .findFirst()
                .map(runs::timer)
                .orElse(false);
    }

    /** A run missed while Kompis was down fires once if it is within the grace window, never as a burst. */
    void catchUp(Schedule s, Instant now) {
        Agenda.lastMissed(s, now).ifPresent(missed -> {
            if (Duration.between(missed, now).compareTo(grace) <= 0) {
                log.info("Catching up on schedule {} ({}) missed at {}", s.id(), s.ritual(), missed);
                fireSchedule(s.id(), missed);
            } else {
                // Too late to be useful: skip it, and every run before it, in one step.
                store().markFired(s.id(), missed.toEpochMilli());
            }
        });
    }

    private ScheduleStore store() {
        return jdbi.onDemand(ScheduleStore.class);
    }
}
