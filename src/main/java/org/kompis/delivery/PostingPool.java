package org.kompis.delivery;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The poster threads, and the permits that bound the rows this replica has claimed and not yet recorded the outcome
 * of to {@code threads x 4}. A permit comes back only once its row's outcome is committed, so the rows a crash leaves
 * on their way to Slack without an answer recorded are at most that many (in practice the posts in flight).
 */
final class PostingPool {
    private static final Logger log = LoggerFactory.getLogger(PostingPool.class);
    private static final int IN_FLIGHT_PER_POSTER = 4;

    private final Semaphore permits;
    private final ExecutorService threads;
    private final Poster poster;

    PostingPool(int threads, Poster poster) {
        this.permits = new Semaphore(threads * IN_FLIGHT_PER_POSTER);
        this.threads = Executors.newFixedThreadPool(threads, named("kompis-outbox-post-"));
        this.poster = poster;
    }

    /** Blocks while every permit is taken, without keeping one. */
    void awaitRoom() throws InterruptedException {
        if (permits.availablePermits() == 0) {
            permits.acquire();
            permits.release();
        }
    }

    int room() {
        return permits.availablePermits();
    }

    void reserve() throws InterruptedException {
        permits.acquire();
    }

    /** Posts a reserved row on a poster thread; the permit is given back once its outcome is recorded. */
    void submit(OutboxRow row) {
        try {
            threads.execute(() -> {
                try {
                    poster.post(row).whenComplete((changed, e) -> permits.release());
                } catch (RuntimeException e) {
                    permits.release();
                    throw e;
                }
            });
        } catch (RejectedExecutionException e) {
            // Shutting down: the row was never sent; it is handed back at close, or taken over after a crash.
            permits.release();
        }
    }

    void shutdown() {
        threads.shutdown();
    }

    /** Lets posts in flight finish, up to a bound: a Slack that hangs must not hold shutdown for ever. */
    void finish() {
        threads.shutdown();
        try {
            if (!threads.awaitTermination(10, TimeUnit.SECONDS)) {
                log.warn("Outbox: posts still in flight at shutdown stay 'sending' and go out again at the next start");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
