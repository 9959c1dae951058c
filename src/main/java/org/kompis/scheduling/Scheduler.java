package org.kompis.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rituals' schedules and timers live in Kompis tables; Quartz (in-memory job store) only holds the next firing
 * of each, armed at start and re-armed after every run. A fire is claimed through a unique key first, so a run
 * happens once whatever Quartz, a restart or a second call does. A run missed while Kompis was down fires once
 * at start if it is within the grace window, never as a burst.
 */
public final class Scheduler implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Scheduler.class);

  /** What a ritual does when its schedule fires; {@code scheduledFor} is the planned time, the run's identity. */
  public interface RecurringJob {
    void run(Schedule schedule, Instant scheduledFor) throws Exception;
  }

  public interface TimerJob {
    void run(Timer timer) throws Exception;
  }

  private final Jdbi jdbi;
  private final Clock clock;
  private final Duration grace;
  private final boolean timersOn;
  private final Runs runs;
  private QuartzTriggers quartz;
  private volatile boolean started;

  /**
   * @param timersOn false for tests on an injected clock: Quartz fires by the real clock, so such tests drive
   *     time themselves through {@link #runDue()}.
   */
  public Scheduler(Jdbi jdbi, Clock clock, Duration grace, boolean timersOn) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.grace = grace;
    this.timersOn = timersOn;
    this.runs = new Runs(jdbi, clock, grace);
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
    if (timersOn) {
      quartz = new QuartzTriggers(this);
    }
    started = true;
    Instant now = clock.instant();
    for (Schedule s : store().active()) {
      catchUp(s, now);
      arm(s);
    }
    for (Timer t : store().pendingTimers()) {
      arm(t);
    }
  }

  public boolean running() {
    return started && (quartz == null || quartz.running());
  }

  /** Creates or replaces the schedule of {@code ritual} in {@code channel}; it runs from the next occurrence on. */
  public Schedule save(String teamId, String ritual, String channelId, Recurrence r, String createdBy) {
    Schedule draft = new Schedule(0, teamId, ritual, channelId, r.cron(), r.zone().getId(), r.everyWeeks(),
        r.holidays().code(), r.anchor().toString(), false, createdBy, clock.millis(), null);
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
    unarm("schedule-" + s.id());
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
    unarm("timer-" + kind + "-" + ref);
  }

  /** Runs everything that is due by the clock now. Tests with an injected clock and the sandbox use it. */
  public int runDue() {
    Instant now = clock.instant();
    int ran = 0;
    for (Schedule s : store().active()) {
      Instant next = s.recurrence().nextAfter(s.lastFireOrCreated());
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

  /** What runs next: a ritual's schedule or a timer's kind, and when. */
  public record Due(String job, Instant at) {}

  /** The earliest thing waiting to run, whatever the clock says; empty when nothing is waiting. */
  public Optional<Due> next() {
    Optional<Due> schedule = store().active().stream().map(s -> new Due(s.ritual(), upcoming(s)))
        .min(Comparator.comparing(Due::at));
    Optional<Due> timer = store().pendingTimers().stream().map(t -> new Due(t.kind(), t.due()))
        .min(Comparator.comparing(Due::at));
    return schedule.isEmpty() ? timer : timer.isEmpty() ? schedule
        : Optional.of(timer.get().at().isBefore(schedule.get().at()) ? timer.get() : schedule.get());
  }

  /** When the next thing runs. */
  public Optional<Instant> nextDue() {
    return next().map(Due::at);
  }

  private static Instant upcoming(Schedule s) {
    return s.recurrence().nextAfter(s.lastFireOrCreated());
  }

  /** Fires the run of schedule {@code id} planned for {@code scheduledFor}, unless it already ran. */
  boolean fireSchedule(long id, Instant scheduledFor) {
    Optional<Schedule> found = store().byId(id);
    if (found.isEmpty() || found.get().paused()) {
      return false;
    }
    boolean claimed = runs.schedule(found.get(), scheduledFor);
    store().byId(id).ifPresent(this::arm);
    return claimed;
  }

  boolean fireTimer(long id) {
    return store().pendingTimers().stream().filter(t -> t.id() == id).findFirst().map(runs::timer).orElse(false);
  }

  private void catchUp(Schedule s, Instant now) {
    Recurrence r = s.recurrence();
    Instant missed = null;
    for (Instant t = r.nextAfter(s.lastFireOrCreated()); !t.isAfter(now); t = r.nextAfter(t)) {
      missed = t;
    }
    if (missed == null) {
      return;
    }
    if (Duration.between(missed, now).compareTo(grace) <= 0) {
      log.info("Catching up on schedule {} ({}) missed at {}", s.id(), s.ritual(), missed);
      fireSchedule(s.id(), missed);
    } else {
      // Too late to be useful: skip it, and every run before it, in one step.
      store().markFired(s.id(), missed.toEpochMilli());
    }
  }

  private void arm(Schedule s) {
    if (quartz != null && !s.paused()) {
      quartz.arm(s, clock.instant());
    }
  }

  private void arm(Timer t) {
    if (quartz != null) {
      quartz.arm(t);
    }
  }

  private void unarm(String key) {
    if (quartz != null) {
      quartz.cancel(key);
    }
  }

  private ScheduleStore store() {
    return jdbi.onDemand(ScheduleStore.class);
  }

  public static LocalDate today(Clock clock, java.time.ZoneId zone) {
    return LocalDate.ofInstant(clock.instant(), zone);
  }

  @Override
  public synchronized void close() {
    started = false;
    if (quartz != null) {
      quartz.close();
    }
  }
}
