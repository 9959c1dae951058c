package org.kompis.core;

import io.micrometer.core.instrument.Metrics;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Slack work after the ack, on the bounded worker pool. */
public final class Background {
    private static final Logger LOG = LoggerFactory.getLogger(Background.class);

    private final ExecutorService workers;
    private final ThreadLocal<int[]> refusedHere = ThreadLocal.withInitial(() -> new int[1]);

    public Background(ExecutorService workers) {
        this.workers = workers;
    }

    /**
     * How often work was refused on this thread so far: a request's middleware compares the count before and after
     * its listener, and answers a click whose work was refused (app.BusyClicks), whatever the listener did.
     */
    public int refusedOnThisThread() {
        return refusedHere.get()[0];
    }

    /**
     * Runs {@code work} on the worker pool. A failure is logged with {@code what}, never thrown back at Slack. When
     * the pool is full nothing runs, it is logged, and false tells the caller to say "busy" or to leave the work to
     * its next trigger; the pool is bounded so that a flood cannot exhaust memory.
     */
    public boolean later(String what, Runnable work) {
        try {
            workers.execute(() -> {
                long start = System.nanoTime();
                String outcome = "ok";
                try {
                    work.run();
                } catch (RuntimeException e) {
                    outcome = "error";
                    LOG.error("{} failed", what, e);
                } finally {
                    Metrics.timer("kompis.handlers", "outcome", outcome)
                            .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            LOG.warn("Workers are full; {} was not started", what);
            refusedHere.get()[0]++;
            return false;
        }
    }
}
