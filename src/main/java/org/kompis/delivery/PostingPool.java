package org.kompis.delivery;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

    private final int capacity;
    private final Semaphore permits;
    private final ExecutorService threads;
    private final Poster poster;
    // Per workspace: its rows reserved here and not yet recorded, so one slow workspace cannot take every permit.
    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    // Rows submitted and not yet taken by a poster, per workspace, in turn order (a workspace goes to the back when
    // a poster takes one of its rows).
    private final Map<String, Deque<OutboxRow>> queued = new LinkedHashMap<>();

    PostingPool(int threads, Poster poster) {
        this.capacity = threads * IN_FLIGHT_PER_POSTER;
        this.permits = new Semaphore(capacity);
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

    int capacity() {
        return capacity;
    }

    /** {@code team}'s rows reserved and not yet recorded. */
    int inFlight(String team) {
        AtomicInteger n = inFlight.get(team);
        return n == null ? 0 : n.get();
    }

    void reserve(String team) throws InterruptedException {
        permits.acquire();
        inFlight.computeIfAbsent(team, t -> new AtomicInteger()).incrementAndGet();
    }

    /**
     * Posts a reserved row on a poster thread; the permit is given back once its outcome is recorded. Rows wait in
     * one queue per workspace, and a free poster takes the next workspace's in turn: a workspace whose posts are
     * slow to answer keeps its own rows waiting, not another workspace's that came later.
     */
    void submit(OutboxRow row) {
        synchronized (queued) {
            queued.computeIfAbsent(row.teamId(), t -> new ArrayDeque<>()).addLast(row);
        }
        try {
            threads.execute(this::postNext);
        } catch (RejectedExecutionException e) {
            // Shutting down: one row fewer will be posted (this one, or one a poster left when it took this one); it
            // was never sent, and is handed back at close, or taken over after a crash.
            OutboxRow left = take(row.teamId());
            if (left != null) {
                release(left.teamId());
            }
        }
    }

    /** The next row in turn ({@code team}'s first, if it has one queued), taken out of the queues; null if none. */
    private OutboxRow take(String team) {
        synchronized (queued) {
            String from = queued.containsKey(team)
                    ? team
                    : queued.keySet().stream().findFirst().orElse(null);
            if (from == null) {
                return null;
            }
            Deque<OutboxRow> rows = queued.remove(from);
            OutboxRow row = rows.pollFirst();
            if (!rows.isEmpty()) {
                queued.put(from, rows); // to the back of the turn
            }
            return row;
        }
    }

    /** One task per submitted row; which row it posts is chosen when a poster is free: the next workspace's. */
    private void postNext() {
        OutboxRow row = take(null);
        if (row == null) {
            return;
        }
        try {
            poster.post(row).whenComplete((changed, e) -> release(row.teamId()));
        } catch (RuntimeException e) {
            release(row.teamId());
            throw e;
        }
    }

    private void release(String team) {
        inFlight.computeIfPresent(team, (t, n) -> n.decrementAndGet() <= 0 ? null : n);
        permits.release();
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
