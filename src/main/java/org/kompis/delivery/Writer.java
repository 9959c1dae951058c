package org.kompis.delivery;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sender's one database writer: posting marks and outcomes from every poster go into one transaction at a time
 * (a group commit). SQLite's durable commit costs milliseconds and writers queue on one lock, so a transaction per
 * change would cap the sender far below Slack's rate. Each change's future completes once it is committed: a poster
 * sends its request only after its row's posting mark is durable, and its permit comes back only once the answer is
 * recorded, so the rows whose outcome a crash leaves unknown are never more than the posts then in flight.
 */
final class Writer {
    private static final Logger log = LoggerFactory.getLogger(Writer.class);
    private static final int MAX_BATCH = 1000;

    private interface Item {
        CompletableFuture<Boolean> done();
    }

    /** Passes once everything queued before it is written and followed up. */
    private record Barrier(CompletableFuture<Boolean> done) implements Item {}

    private record Posting(OutboxRow row, CompletableFuture<Boolean> done) implements Item {}

    private record Sent(OutboxRow row, Delivery delivery, String ts, CompletableFuture<Boolean> done) implements Item {}

    private record Retry(OutboxRow row, String error, long at, boolean countAttempt, CompletableFuture<Boolean> done)
            implements Item {}

    private record Failed(OutboxRow row, Delivery delivery, String error, CompletableFuture<Boolean> done)
            implements Item {}

    private final Jdbi jdbi;
    private final Clock clock;
    private final Sharing sharing;
    private final Runnable afterCommit;
    private final Executor callbacks;
    private final BlockingQueue<Item> queue = new LinkedBlockingQueue<>();
    private volatile boolean running;
    private Thread thread;
    private Handle handle;

    /** {@code callbacks} runs the rituals' failure handlers, which may call Slack, off this thread. */
    Writer(Jdbi jdbi, Clock clock, Sharing sharing, Runnable afterCommit, Executor callbacks) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.sharing = sharing;
        this.afterCommit = afterCommit;
        this.callbacks = callbacks;
    }

    void start() {
        running = true;
        thread = new Thread(this::loop, "kompis-outbox-write");
        thread.setDaemon(true);
        thread.start();
    }

    /** Marks the row as on its way to Slack; completes with false if it is no longer this replica's to post. */
    CompletableFuture<Boolean> posting(OutboxRow row) {
        return add(new Posting(row, new CompletableFuture<>()));
    }

    CompletableFuture<Boolean> sent(OutboxRow row, Delivery delivery, String ts) {
        return add(new Sent(row, delivery, ts, new CompletableFuture<>()));
    }

    CompletableFuture<Boolean> retry(OutboxRow row, String error, long at, boolean countAttempt) {
        return add(new Retry(row, error, at, countAttempt, new CompletableFuture<>()));
    }

    CompletableFuture<Boolean> failed(OutboxRow row, Delivery delivery, String error) {
        return add(new Failed(row, delivery, error, new CompletableFuture<>()));
    }

    private CompletableFuture<Boolean> add(Item item) {
        queue.add(item);
        return item.done();
    }

    private void loop() {
        List<Item> batch = new ArrayList<>();
        try {
            loop(batch);
        } finally {
            closeHandle();
        }
    }

    private void loop(List<Item> batch) {
        while (running || !queue.isEmpty() || !batch.isEmpty()) {
            try {
                if (batch.isEmpty()) {
                    Item first = queue.poll(200, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        continue;
                    }
                    batch.add(first);
                }
                queue.drainTo(batch, MAX_BATCH - batch.size());
                write(batch);
                batch.clear();
                afterCommit.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // Keep the batch: those posts happened, and their ts must be written once the database answers again.
                log.error("Outbox: could not write {} change(s); trying again", batch.size(), e);
                closeHandle();
                pause();
            }
        }
    }

    private void write(List<Item> batch) {
        long now = clock.millis();
        long wall = sharing.wallMillis();
        String me = sharing.replicaId();
        List<Runnable> afterwards = new ArrayList<>();
        handle().useTransaction(h -> {
            OutboxStore store = h.attach(OutboxStore.class);
            afterwards.clear();
            for (Item item : batch) {
                boolean changed = true;
                if (item instanceof Posting p) {
                    changed = store.markPosting(p.row().id(), wall, me) == 1;
                } else if (item instanceof Sent s) {
                    changed = store.markSent(s.row().id(), s.ts(), now, wall, me) == 1;
                    if (changed) {
                        try {
                            s.delivery().sent(h, s.row(), s.ts());
                        } catch (RuntimeException e) {
                            log.error(
                                    "Outbox row {}: the {} sent handler failed",
                                    s.row().id(),
                                    s.row().kind(),
                                    e);
                        }
                    }
                } else if (item instanceof Retry r) {
                    changed = store.retryAt(r.row().id(), r.error(), r.at(), r.countAttempt(), me) == 1;
                } else if (item instanceof Failed f) {
                    changed = store.markFailed(f.row().id(), f.error(), me) == 1;
                    if (changed) {
                        afterwards.add(() -> tellFailed(f));
                    }
                }
                boolean result = changed;
                afterwards.add(() -> item.done().complete(result));
            }
        });
        afterwards.forEach(Runnable::run);
    }

    // One connection for the writer's life: opening one (and applying its pragmas) costs more than a small commit.
    private Handle handle() {
        if (handle == null) {
            handle = jdbi.open();
        }
        return handle;
    }

    private void closeHandle() {
        if (handle != null) {
            try {
                handle.close();
            } catch (RuntimeException e) {
                log.debug("Outbox: closing the writer's connection", e);
            }
            handle = null;
        }
    }

    private void tellFailed(Failed f) {
        if (f.delivery() == null) {
            return;
        }
        callbacks.execute(() -> {
            try {
                f.delivery().failed(f.row(), f.error());
            } catch (RuntimeException e) {
                log.error(
                        "Outbox row {}: the {} failure handler failed",
                        f.row().id(),
                        f.row().kind(),
                        e);
            }
        });
    }

    /** Waits until everything queued so far is written and its claims handed on. */
    void drain() {
        try {
            add(new Barrier(new CompletableFuture<>())).get(15, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            log.warn("Outbox: the database did not take the last changes within 15 s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Writes what is queued, then stops. Call after the posters have finished. */
    void close() {
        running = false;
        if (thread != null) {
            try {
                thread.join(15_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
