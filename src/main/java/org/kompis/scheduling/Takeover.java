package org.kompis.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.kompis.cluster.Replica;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database, not any replica's memory, decides what runs. Every few seconds each replica runs what is due (a
 * schedule another replica created, one whose replica died before its trigger fired) and takes over the runs and
 * timers a dead replica claimed but did not finish. Only one replica's takeover update succeeds, and the jobs
 * repeat nothing they already did (their own unique keys), so a run ends up done once.
 */
final class Takeover implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Takeover.class);

    private final Scheduler scheduler;
    private final Runs runs;
    private final Jdbi jdbi;
    private final Replica replica;
    private ScheduledExecutorService sweeper;

    Takeover(Scheduler scheduler, Runs runs, Jdbi jdbi, Replica replica) {
        this.scheduler = scheduler;
        this.runs = runs;
        this.jdbi = jdbi;
        this.replica = replica;
    }

    void sweepEvery(Duration every) {
        sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kompis-scheduler-sweep");
            t.setDaemon(true);
            return t;
        });
        sweeper.scheduleWithFixedDelay(this::sweep, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void sweep() {
        try {
            scheduler.runDue();
            run();
        } catch (RuntimeException e) {
            log.error("Scheduler sweep failed; trying again in {} s", Replica.BEAT.toSeconds(), e);
        }
    }

    /** Runs again what dead replicas held; returns how many. */
    int run() {
        ScheduleStore store = jdbi.onDemand(ScheduleStore.class);
        int taken = 0;
        long now = System.currentTimeMillis();
        for (ScheduleStore.Orphan o : store.orphanRuns(replica.id(), replica.aliveSince())) {
            Optional<Schedule> s = store.byId(o.ref());
            if (s.isPresent() && store.adoptRun(o.id(), o.owner(), replica.id(), now) == 1) {
                log.info(
                        "Taking over schedule {} ({}) planned for {} from replica {}",
                        o.ref(),
                        s.get().ritual(),
                        Instant.ofEpochMilli(o.time()),
                        o.owner());
                runs.runClaimed(s.get(), Instant.ofEpochMilli(o.time()));
                taken++;
            }
        }
        for (ScheduleStore.Orphan o : store.orphanTimers(replica.id(), replica.aliveSince())) {
            Optional<Timer> t = store.timerById(o.id());
            if (t.isPresent() && store.adoptTimer(o.id(), o.owner(), replica.id()) == 1) {
                log.info(
                        "Taking over timer {} {} from replica {}",
                        t.get().kind(),
                        t.get().ref(),
                        o.owner());
                runs.runClaimed(t.get());
                taken++;
            }
        }
        return taken;
    }

    @Override
    public void close() {
        if (sweeper != null) {
            sweeper.shutdownNow();
        }
    }
}
