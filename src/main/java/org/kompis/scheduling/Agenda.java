package org.kompis.scheduling;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import org.kompis.scheduling.Scheduler.Due;

/** When things are due, read from the schedule tables; what to do about it is the {@link Scheduler}'s. */
final class Agenda {
    private Agenda() {}

    /** The earliest thing waiting to run, whatever the clock says; empty when nothing is waiting. */
    static Optional<Due> next(ScheduleStore store) {
        Optional<Due> schedule = store.active().stream()
                .map(s -> new Due(s.ritual(), upcoming(s)))
                .min(Comparator.comparing(Due::at));
        Optional<Due> timer = store.pendingTimers().stream()
                .map(t -> new Due(t.kind(), t.due()))
                .min(Comparator.comparing(Due::at));
        return schedule.isEmpty()
                ? timer
                : timer.isEmpty()
                        ? schedule
                        : Optional.of(timer.get().at().isBefore(schedule.get().at()) ? timer.get() : schedule.get());
    }

    /** The run of {@code s} after its last one (or its creation), due or not. */
    static Instant upcoming(Schedule s) {
        return s.recurrence().nextAfter(s.lastFireOrCreated());
    }

    /** The latest run of {@code s} planned by {@code now} that has not fired, or empty when none was missed. */
    static Optional<Instant> lastMissed(Schedule s, Instant now) {
        Recurrence r = s.recurrence();
        Instant missed = null;
        for (Instant t = upcoming(s); !t.isAfter(now); t = r.nextAfter(t)) {
            missed = t;
        }
        return Optional.ofNullable(missed);
    }
}
