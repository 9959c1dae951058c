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
 * The poster threads and the permits that bound the rows claimed but not yet done to {@code threads x 4}: that
 * bound is what limits the rows a crash leaves "sending" without having been posted.
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

    boolean tryReserve() {
        return permits.tryAcquire();
    }

    void reserve() throws InterruptedException {
        permits.acquire();
    }

    void unreserve() {
        permits.release();
    }

    /** Posts a reserved row on a poster thread; the permit is given back whatever happens. */
    void submit(OutboxRow row) {
        try {
            threads.execute(() -> {
                try {
                    poster.post(row);
                } finally {
                    permits.release();
                }
            });
        } catch (RejectedExecutionException e) {
            // Shutting down: the row stays "sending" and goes out again at the next start.
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
