package org.kompis.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.kompis.cluster.Replica;
import org.kompis.slack.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains the outbox. One pump thread reads due rows, asks the {@link Pacer} for a slot for each and has the
 * {@link Writer} claim the lucky ones (pending to sending); once the claim is committed, the {@link PostingPool}
 * has the {@link Poster} post each once and the writer records the outcome. The pump does not wait for commits: rows
 * on their way are remembered in memory until their claim is written. The pool's permits bound the rows claimed and
 * not yet done, so the rows a crash leaves "sending" are those that may have been posted plus at most that many.
 */
final class Sender {
    private static final Logger log = LoggerFactory.getLogger(Sender.class);
    private static final int SCAN = 100;
    // Waiting at least this long for tokens lets a few gather, so claims are written in batches.
    private static final Duration MIN_PACE = Duration.ofMillis(50);
    private static final Duration IDLE_POLL = Duration.ofMillis(250);

    private final Jdbi jdbi;
    private final Clock clock;
    private final Pacer pacer;
    private final Sharing sharing;
    private final long channelGapMillis;
    private long orphansCheckedAt;
    private final SlackGateway.Sleeper sleeper;
    private final Set<Long> claiming = ConcurrentHashMap.newKeySet();
    private final ExecutorService callbacks;
    private final Writer writer;
    private final PostingPool pool;
    private final Doorbell doorbell = new Doorbell();
    private volatile boolean running;
    private Thread pump;

    Sender(
            Jdbi jdbi,
            SlackGateway slack,
            Map<String, Delivery> deliveries,
            Clock clock,
            Pacer pacer,
            SlackGateway.Sleeper sleeper,
            int threads,
            Sharing sharing,
            Duration channelGap) {
        this.sharing = sharing;
        this.channelGapMillis = channelGap.toMillis();
        this.jdbi = jdbi;
        this.clock = clock;
        this.pacer = pacer;
        this.sleeper = sleeper;
        this.callbacks = Executors.newSingleThreadExecutor(PostingPool.named("kompis-outbox-failed-"));
        this.writer = new Writer(jdbi, clock, sharing, this::nudge, callbacks);
        this.pool = new PostingPool(threads, new Poster(slack, deliveries, clock, pacer, sharing, sleeper, writer));
    }

    synchronized void start() {
        running = true;
        writer.start();
        pump = new Thread(this::pumpLoop, "kompis-outbox");
        pump.setDaemon(true);
        pump.start();
    }

    void nudge() {
        doorbell.ring();
    }

    private void pumpLoop() {
        while (running) {
            // One connection for the pump's reads: it asks several times a second.
            try (Handle reader = jdbi.open()) {
                OutboxStore store = reader.attach(OutboxStore.class);
                while (running) {
                    if (!pumpOnce(store)) {
                        idle(store);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("Outbox pump failed; trying again shortly", e);
                try {
                    Thread.sleep(IDLE_POLL.toMillis());
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** One round: false when nothing is due, true when it handed rows on or waited for a slot. */
    private boolean pumpOnce(OutboxStore store) throws InterruptedException {
        pool.awaitRoom();
        long now = clock.millis();
        if (sharing.shared()) {
            return claimShared(store, now);
        }
        List<OutboxRow> due = store.due(now, SCAN);
        due.removeIf(row -> claiming.contains(row.id()));
        if (due.isEmpty()) {
            return false;
        }
        long wait = Long.MAX_VALUE;
        List<OutboxRow> go = new ArrayList<>();
        for (OutboxRow row : due) {
            if (!pool.tryReserve()) {
                break;
            }
            long w = pacer.tryAcquire(row.teamId(), row.channelId());
            if (w == 0) {
                claiming.add(row.id());
                go.add(row);
            } else {
                pool.unreserve();
                wait = Math.min(wait, w);
            }
        }
        if (go.isEmpty()) {
            // Capped, so rows enqueued meanwhile (another workspace's, say) are not kept waiting behind a long pause.
            sleeper.sleep(Duration.ofNanos(Math.min(Math.max(wait, MIN_PACE.toNanos()), IDLE_POLL.toNanos())));
            return true;
        }
        writer.claim(go, now, claimed -> {
            for (OutboxRow row : go) {
                claiming.remove(row.id());
                if (claimed.contains(row)) {
                    pool.submit(row);
                } else {
                    pool.unreserve();
                }
            }
        });
        return true;
    }

    /**
     * PostgreSQL: the database hands each replica its own rows (SKIP LOCKED), already claimed; the shared rate paces
     * them in {@link Poster#post}. Every few seconds, rows a dead replica was posting go out again.
     */
    private boolean claimShared(OutboxStore store, long now) throws InterruptedException {
        long wall = sharing.wallMillis();
        if (wall - orphansCheckedAt > Replica.BEAT.toMillis()) {
            orphansCheckedAt = wall;
            int requeued = store.requeueUncertain(
                    now, sharing.replicaId(), sharing.replica().aliveSince());
            if (requeued > 0) {
                log.warn(
                        "{} channel post(s) of a replica that stopped answering go out again; some may appear twice",
                        requeued);
            }
        }
        int room = Math.min(SCAN, pool.room());
        List<OutboxRow> claimed = room == 0
                ? List.of()
                : new ArrayList<>(store.claimDue(now, wall, channelGapMillis, room, sharing.replicaId()));
        if (claimed.isEmpty()) {
            if (room > 0 && !store.due(now, 1).isEmpty()) {
                // Due rows wait for their channel's second (or another replica holds them): look again shortly.
                sleeper.sleep(MIN_PACE);
                return true;
            }
            return false;
        }
        claimed.sort(Comparator.comparingLong(OutboxRow::id));
        for (OutboxRow row : claimed) {
            pool.reserve();
            pool.submit(row);
        }
        return true;
    }

    private void idle(OutboxStore store) throws InterruptedException {
        long waitMs = IDLE_POLL.toMillis();
        try {
            Long next = store.nextDue().orElse(null);
            if (next != null) {
                waitMs = Math.max(1, Math.min(waitMs, next - clock.millis()));
            }
        } catch (RuntimeException e) {
            log.debug("Outbox: could not read the next due time", e);
        }
        doorbell.await(waitMs, running);
    }

    /** Stops claiming and lets posts in flight finish and be recorded; anything cut off stays "sending". */
    synchronized void close() {
        running = false;
        nudge();
        if (pump == null) {
            pool.shutdown();
            callbacks.shutdown();
            return;
        }
        pump.interrupt();
        try {
            pump.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        writer.drain();
        pool.finish();
        writer.close();
        callbacks.shutdown();
    }
}
