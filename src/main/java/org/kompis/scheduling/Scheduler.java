package org.kompis.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.kompis.cluster.Replica;
import org.quartz.SchedulerException;

/**
 * Rituals' schedules and timers live in Kompis tables; Quartz (in-memory job store) only holds the next firing
 * of each, armed at start and re-armed after every run. A fire is claimed through a unique key first, so a run
 * happens once whatever Quartz, a restart or a second call does. A run missed while Kompis was down fires once
 * at start if it is within the grace window, never as a burst.
 */
public final class Scheduler implements AutoCloseable {
    /** What a ritual does when its schedule fires; {@code scheduledFor} is the planned time, the run's identity. */
    public interface RecurringJob {
        void run(Schedule schedule, Instant scheduledFor) throws Exception;
    }

    public interface TimerJob {
        void run(Timer timer) throws Exception;
    }

    private final Jdbi jdbi;
    private final Clock clock;
    private final Runs runs;
    private final Takeover takeover;
    private final Alarms alarms;
    private final DueRuns due;
    private volatile boolean started;

    /**
     * @param timersOn false for tests on an injected clock: Quartz fires by the real clock, so such tests drive
     *     time themselves through {@link #runDue()}.
     */
    public Scheduler(Jdbi jdbi, Clock clock, Duration grace, boolean timersOn) {
        this(jdbi, clock, grace, timersOn, new Replica(jdbi));
    }

    /** As above, as {@code replica} among the replicas sharing the database: its claims carry its id. */
    public Scheduler(Jdbi jdbi, Clock clock, Duration grace, boolean timersOn, Replica replica) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.alarms = new Alarms(timersOn);
        this.runs = new Runs(jdbi, clock, grace, replica);
        this.takeover = new Takeover(this, runs, jdbi, replica);
        this.due = new DueRuns(jdbi, clock, grace, runs, alarms);
    }

    public void onSchedule(String ritual, RecurringJob job) {
        runs.recurring.put(ritual, job);
    }

    public void onTimer(String kind, TimerJob job) {
        runs.timers.put(kind, job);
    }

    /**
     * A timer whose moment can pass: a reminder or a check-in more than the grace window late (Kompis was down) is
     * skipped, so a restart after downtime does not send a burst of stale messages.
     */
    public void onTimerWithGrace(String kind, TimerJob job) {
        runs.timers.put(kind, job);
        runs.perishable.add(kind);
    }

    /** When the pending timer {@code kind}/{@code ref} is due, if there is one. */
    public Optional<Instant> due(String kind, String ref) {
        return store().timer(kind, ref).filter(t -> t.firedAt() == null).map(Timer::due);
    }

    public synchronized void start() throws SchedulerException {
        alarms.start(this);
        started = true;
        // What a replica that died (or this database's last process, on SQLite) left half done runs again first.
        takeover.run();
        if (alarms.on()) {
            takeover.sweepEvery(Replica.BEAT);
        }
        Instant now = clock.instant();
        for (Schedule s : store().active()) {
            due.catchUp(s, now);
            arm(s);
        }
        for (Timer t : store().pendingTimers()) {
            arm(t);
        }
    }

    public boolean running() {
        return started && alarms.running();
    }

    /** Creates or replaces the schedule of {@code ritual} in {@code channel}; it runs from the next occurrence on. */
    public Schedule save(String teamId, String ritual, String channelId, Recurrence r, String createdBy) {
        Schedule draft = new Schedule(
                0,
                teamId,
                ritual,
                channelId,
                r.cron(),
                r.zone().getId(),
                r.everyWeeks(),
                r.holidays().code(),
                r.anchor().toString(),
                false,
                createdBy,
                clock.millis(),
                null);
        Schedule saved = jdbi.inTransaction(h -> {
            ScheduleStore store = h.attach(ScheduleStore.class);
            store.upsert(draft);
            Schedule s = store.find(teamId, ritual, channelId).orElseThrow();
            // Runs before now count as done, so a new schedule never "catches up" on its past.
            store.markFired(s.id(), clock.millis());
            return store.byId(s.id()).orElseThrow();
        });
        arm(saved);
        return saved;
    }

    public Optional<Schedule> find(String teamId, String ritual, String channelId) {
        return store().find(teamId, ritual, channelId);
    }

    public void pause(Schedule s) {
        store().setPaused(s.id(), true);
        alarms.unarm("schedule-" + s.id());
    }

    /**
     * Starts a workspace's paused schedules again (Kompis was stopped there), each from its next occurrence: what was
     * missed meanwhile is not caught up. Returns how many.
     */
    public int resumeTeam(String teamId) {
        List<Schedule> resumed = jdbi.inTransaction(h -> {
            ScheduleStore store = h.attach(ScheduleStore.class);
            List<Schedule> out = new java.util.ArrayList<>();
            for (Schedule s : store.pausedOf(teamId)) {
                store.setPaused(s.id(), false);
                store.markFired(s.id(), clock.millis());
                out.add(store.byId(s.id()).orElseThrow());
            }
            return out;
        });
        resumed.forEach(this::arm);
        return resumed.size();
    }

    /** The next time this schedule will run, if it is active. */
    public Optional<Instant> nextRun(Schedule s) {
        if (s.paused()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return Optional.of(s.recurrence().nextAfter(s.lastFireOrCreated().isAfter(now) ? s.lastFireOrCreated() : now));
    }

    /** Does {@code kind} for {@code ref} at {@code due}; setting it again moves it. */
    public void at(String teamId, String kind, String ref, Instant due) {
        store().putTimer(teamId, kind, ref, due.toEpochMilli());
        store().timer(kind, ref).ifPresent(this::arm);
    }

    public void cancel(String kind, String ref) {
        store().cancelTimer(kind, ref);
        alarms.unarm("timer-" + kind + "-" + ref);
    }

    /** Runs everything that is due by the clock now. Tests with an injected clock and the sandbox use it. */
    public int runDue() {
        return due.runDue();
    }

    /** What runs next: a ritual's schedule or a timer's kind, and when. */
    public record Due(String job, Instant at) {}

    /** The earliest thing waiting to run, whatever the clock says; empty when nothing is waiting. */
    public Optional<Due> next() {
        return Agenda.next(store());
    }

    /** When the next thing runs. */
    public Optional<Instant> nextDue() {
        return next().map(Due::at);
    }

    /** Fires the run of schedule {@code id} planned for {@code scheduledFor}, unless it already ran. */
    boolean fireSchedule(long id, Instant scheduledFor) {
        return due.fireSchedule(id, scheduledFor);
    }

    boolean fireTimer(long id) {
        return due.fireTimer(id);
    }

    private void arm(Schedule s) {
        alarms.arm(s, clock.instant());
    }

    private void arm(Timer t) {
        alarms.arm(t);
    }

    private ScheduleStore store() {
        return jdbi.onDemand(ScheduleStore.class);
    }

    public static LocalDate today(Clock clock, ZoneId zone) {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** Takes over what dead replicas left half done; tests on an injected clock call it as they call runDue. */
    public int takeOver() {
        return takeover.run();
    }

    @Override
    public synchronized void close() {
        started = false;
        takeover.close();
        alarms.close();
    }
}
