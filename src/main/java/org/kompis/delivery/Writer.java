package org.kompis.delivery;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sender's one database writer: claims and outcomes from every poster go into one transaction at a time (a
 * group commit). SQLite's durable commit costs milliseconds and writers queue on one lock, so a transaction per
 * post would cap the sender far below Slack's rate. The price: after a crash, the posts made since the last commit
 * are "sending" without a ts, and go out again.
 */
final class Writer {
    private static final Logger log = LoggerFactory.getLogger(Writer.class);
    private static final int MAX_BATCH = 1000;

    private interface Item {}

    /** Rows to move from pending to sending; after the commit, {@code then} gets those that were still pending. */
    private record Claim(List<OutboxRow> rows, long now, Consumer<List<OutboxRow>> then) implements Item {}

    /** Passes once everything queued before it is written and followed up. */
    private record Barrier(CountDownLatch done) implements Item {}

    record Sent(OutboxRow row, Delivery delivery, String ts) implements Item {}

    record Retry(OutboxRow row, String error, long at, boolean countAttempt) implements Item {}

    record Failed(OutboxRow row, Delivery delivery, String error) implements Item {}

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

    /** Claims rows for posting; once that is committed, {@code then} gets the rows that were still pending. */
    void claim(List<OutboxRow> rows, long now, Consumer<List<OutboxRow>> then) {
        queue.add(new Claim(rows, now, then));
    }

    void sent(OutboxRow row, Delivery delivery, String ts) {
        queue.add(new Sent(row, delivery, ts));
    }

    void retry(OutboxRow row, String error, long at, boolean countAttempt) {
        queue.add(new Retry(row, error, at, countAttempt));
    }

    void failed(OutboxRow row, Delivery delivery, String error) {
        queue.add(new Failed(row, delivery, error));
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
        List<Runnable> afterwards = new ArrayList<>();
        handle().useTransaction(h -> {
            OutboxStore store = h.attach(OutboxStore.class);
            afterwards.clear();
            for (Item item : batch) {
                if (item instanceof Barrier b) {
                    afterwards.add(b.done()::countDown);
                } else if (item instanceof Claim c) {
                    List<OutboxRow> claimed = new ArrayList<>();
                    for (OutboxRow row : c.rows()) {
                        if (store.claim(row.id(), c.now(), sharing.replicaId()) == 1) {
                            claimed.add(row);
                        }
                    }
                    afterwards.add(() -> c.then().accept(claimed));
                } else if (item instanceof Sent s) {
                    if (store.markSent(s.row().id(), s.ts(), now, sharing.wallMillis()) == 1) {
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
                    store.retryAt(r.row().id(), r.error(), r.at(), r.countAttempt());
                } else if (item instanceof Failed f && store.markFailed(f.row().id(), f.error()) == 1) {
                    afterwards.add(() -> tellFailed(f));
                }
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
        CountDownLatch done = new CountDownLatch(1);
        queue.add(new Barrier(done));
        try {
            if (!done.await(15, TimeUnit.SECONDS)) {
                log.warn("Outbox: the database did not take the last changes within 15 s");
            }
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
