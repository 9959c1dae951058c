package org.kompis.workers;

import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The threads that handle commands, clicks and events once Bolt has acknowledged them, shared fairly between
 * workspaces. Work queues in the lane of the workspace it is for ({@link CurrentWorkspace}) and free workers serve the
 * lanes in turn ({@link Lanes}). A workspace alone may use every worker; while others have work waiting it starts no
 * more than an even share, and a workspace whose work finds every worker held by others gets one of a few spare
 * threads at once. Bounded per workspace and in all: a flood in one workspace makes only its own people hear "busy,
 * try again".
 */
public final class Workers extends AbstractExecutorService {
    private static final Logger log = LoggerFactory.getLogger(Workers.class);
    // Workers mostly wait on Slack (tens of ms a call), so 32 keep up with ~200 commands/s on 2 cores.
    public static final int THREADS = 32;
    static final int SPARE = 8;
    /** What one workspace may have waiting; all together 2,000 (but a workspace with under 16 waiting gets in). */
    static final int LANE = 500;

    private static final long IDLE_NANOS = TimeUnit.SECONDS.toNanos(30);

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private final Condition ended = lock.newCondition();
    private final Lanes lanes = new Lanes(THREADS, LANE, 2000, 16);
    private int threads;
    private int idle;
    private int serial;
    private boolean shutdown;

    /** Queues {@code task} for the current thread's workspace; refused when that workspace's lane or all are full. */
    @Override
    public void execute(Runnable task) {
        String team = CurrentWorkspace.get();
        lock.lock();
        try {
            Lanes.Lane lane = shutdown ? null : lanes.add(team == null ? "" : team, task);
            if (lane == null) {
                throw new RejectedExecutionException("The workers are full for this workspace");
            }
            if (idle > 0) {
                wake.signal();
            } else if (threads < THREADS || (threads < THREADS + SPARE && lane.running == 0)) {
                startThread();
            }
        } finally {
            lock.unlock();
        }
    }

    /** How many of {@code team}'s tasks run now (null: work of no workspace). */
    public int running(String team) {
        return locked(() -> lanes.running(team == null ? "" : team));
    }

    /** Nothing runs and nothing waits: what was handed over has been done. */
    public boolean idle() {
        return locked(lanes::idle);
    }

    private void startThread() {
        Thread t = new Thread(this::work, "kompis-worker-" + ++serial);
        t.setDaemon(true);
        threads++;
        t.start();
    }

    private void work() {
        Lanes.Start start = null;
        while (true) {
            lock.lock();
            try {
                if (start != null) {
                    lanes.done(start.lane());
                }
                long waited = IDLE_NANOS;
                while ((start = lanes.next()) == null) {
                    // Spare threads end as soon as nothing may start; the others after a while with nothing to do.
                    if ((shutdown && lanes.queued() == 0) || threads > THREADS || waited <= 0) {
                        threads--;
                        ended.signalAll();
                        return;
                    }
                    idle++;
                    try {
                        waited = wake.awaitNanos(waited);
                    } catch (InterruptedException e) {
                        waited = 0;
                    } finally {
                        idle--;
                    }
                }
                if (lanes.queued() > 0 && idle > 0) {
                    // More may start now (a share grew as another workspace finished): pass the word on.
                    wake.signal();
                }
            } finally {
                lock.unlock();
            }
            run(start.lane().team, start.task());
        }
    }

    private static void run(String team, Runnable task) {
        try (CurrentWorkspace.Scope ignored = CurrentWorkspace.enter(team.isEmpty() ? null : team)) {
            task.run();
        } catch (RuntimeException | Error e) {
            log.error("A worker's task failed", e);
        }
    }

    private <T> T locked(java.util.function.Supplier<T> read) {
        lock.lock();
        try {
            return read.get();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void shutdown() {
        locked(() -> {
            shutdown = true;
            wake.signalAll();
            return null;
        });
    }

    @Override
    public List<Runnable> shutdownNow() {
        return locked(() -> {
            shutdown = true;
            wake.signalAll();
            return lanes.drain();
        });
    }

    @Override
    public boolean isShutdown() {
        return locked(() -> shutdown);
    }

    @Override
    public boolean isTerminated() {
        return locked(() -> shutdown && threads == 0);
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        long left = unit.toNanos(timeout);
        lock.lock();
        try {
            while (!(shutdown && threads == 0)) {
                if (left <= 0) {
                    return false;
                }
                left = ended.awaitNanos(left);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }
}
