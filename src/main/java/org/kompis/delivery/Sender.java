package org.kompis.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.kompis.cluster.Dialect;
import org.kompis.cluster.Replica;
import org.kompis.slack.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains the outbox. One pump thread finds the workspaces with due rows, takes send slots from the {@link Rate} for
 * each and claims that many rows in the database (pending to sending, owned by this replica; on PostgreSQL rows other
 * replicas are claiming are skipped). Nothing about who sends what lives in memory: two replicas never claim one row.
 * The {@link PostingPool} has the {@link Poster} post each row at once, and the {@link Writer} records the outcome;
 * the pool's permits bound the claimed rows whose outcome is not yet recorded.
 */
final class Sender {
    private static final Logger log = LoggerFactory.getLogger(Sender.class);
    private static final int SCAN = 100;
    // Workspaces with due rows read per round: all of them in any real deployment, so none waits behind paused ones.
    private static final int TEAMS = 5000;
    // Waiting at least this long for slots lets a few gather, so rows are claimed in batches.
    private static final Duration MIN_PACE = Duration.ofMillis(50);
    private static final Duration IDLE_POLL = Duration.ofMillis(250);

    private final Jdbi jdbi;
    private final Dialect dialect;
    private final Clock clock;
    private final Rate rate;
    private final Sharing sharing;
    private final long channelGapMillis;
    private final SlackGateway.Sleeper sleeper;
    private final ExecutorService callbacks;
    private final Writer writer;
    private final Orphans orphans;
    private final PostingPool pool;
    private final Doorbell doorbell = new Doorbell();
    private long orphansCheckedAt = Long.MIN_VALUE;
    private final Fairness fairness = new Fairness();
    private volatile boolean running;
    private Thread pump;

    Sender(
            Jdbi jdbi,
            SlackGateway slack,
            Map<String, Delivery> deliveries,
            Clock clock,
            Pacer pacer,
            Rate rate,
            SlackGateway.Sleeper sleeper,
            int threads,
            Sharing sharing,
            Duration channelGap) {
        this.jdbi = jdbi;
        this.dialect = Dialect.of(jdbi);
        this.clock = clock;
        this.rate = rate;
        this.sharing = sharing;
        this.channelGapMillis = channelGap.toMillis();
        this.sleeper = sleeper;
        this.callbacks = Executors.newSingleThreadExecutor(PostingPool.named("kompis-outbox-failed-"));
        this.writer = new Writer(jdbi, clock, sharing, this::nudge, callbacks);
        this.orphans = new Orphans(jdbi, sharing, deliveries, callbacks);
        this.pool = new PostingPool(threads, new Poster(slack, deliveries, clock, pacer, rate, sleeper, writer));
    }

    /** Takes over what stopped replicas (or this database's last process) left "sending". */
    Orphans.Taken takeOver() {
        orphansCheckedAt = sharing.wallMillis();
        return orphans.takeOver(clock.millis());
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
            // One connection for the pump: it asks several times a second.
            try (Handle handle = jdbi.open()) {
                OutboxStore store = handle.attach(OutboxStore.class);
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

    /** One round: false when nothing is due, true when it claimed rows or waited for slots or channels. */
    private boolean pumpOnce(OutboxStore store) throws InterruptedException {
        pool.awaitRoom();
        if (sharing.wallMillis() - orphansCheckedAt > Replica.BEAT.toMillis()) {
            takeOver();
        }
        long now = clock.millis();
        List<String> teams = fairness.order(store.dueTeams(now, TEAMS));
        if (teams.isEmpty()) {
            return false;
        }
        long wait = IDLE_POLL.toNanos();
        boolean claimed = false;
        int share = Fairness.share(pool.capacity(), teams.size());
        for (String team : teams) {
            int room = Math.min(Math.min(SCAN, pool.room()), share - pool.inFlight(team));
            int slots = 0;
            long w = 0;
            while (slots < room && (w = rate.tryAcquire(team)) == 0) {
                slots++;
            }
            wait = Math.min(wait, w > 0 ? w : MIN_PACE.toNanos());
            if (slots > 0) {
                claimed |= claim(store, team, now, slots);
            }
        }
        if (!claimed) {
            // Slots or channels' seconds to wait for; capped, so rows enqueued meanwhile are not kept waiting long.
            sleeper.sleep(Duration.ofNanos(Math.max(wait, MIN_PACE.toNanos())));
        }
        return true;
    }

    private boolean claim(OutboxStore store, String team, long now, int slots) throws InterruptedException {
        List<OutboxRow> rows = new ArrayList<>(
                store.claimDue(dialect, team, now, sharing.wallMillis(), channelGapMillis, slots, sharing.replicaId()));
        if (rows.size() < slots) {
            // Its other rows wait for their channel, or another replica claimed them first.
            rate.giveBack(team, slots - rows.size());
        }
        rows.sort(Comparator.comparingLong(OutboxRow::id));
        for (OutboxRow row : rows) {
            pool.reserve(team);
            pool.submit(row);
        }
        return !rows.isEmpty();
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

    /**
     * Stops claiming, lets posts in flight finish and be recorded, and hands back claims not yet sent; anything cut
     * off stays "sending" for another replica or the next start to take over.
     */
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
        pool.finish();
        writer.drain();
        orphans.release();
        writer.close();
        callbacks.shutdown();
    }
}
