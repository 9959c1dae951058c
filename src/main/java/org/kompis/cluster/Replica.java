package org.kompis.cluster;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This Kompis process among the replicas sharing a database. It checks in every {@link #BEAT}; a replica silent for
 * {@link #DEAD_AFTER} is dead, and what it claimed (scheduled runs, timers, outbox rows being sent) is taken over by
 * the others. Liveness uses the machines' real clocks (keep them in sync, as for any cluster), never the injected
 * clock the rituals run on. On SQLite only one process can open the database, so every other replica is dead.
 */
public final class Replica implements AutoCloseable {
    public static final Duration BEAT = Duration.ofSeconds(5);
    public static final Duration DEAD_AFTER = Duration.ofSeconds(20);
    private static final Logger log = LoggerFactory.getLogger(Replica.class);

    private final Jdbi jdbi;
    private final String id;
    private final boolean alone;
    private ScheduledExecutorService beat;

    public Replica(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.alone = Dialect.of(jdbi) == Dialect.SQLITE;
        String host = ManagementFactory.getRuntimeMXBean().getName();
        this.id = host + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public String id() {
        return id;
    }

    public synchronized void start() {
        long now = System.currentTimeMillis();
        jdbi.useHandle(h -> h.createUpdate("insert into replicas(id, started_at, seen_at) values (:id, :now, :now)")
                .bind("id", id)
                .bind("now", now)
                .execute());
        beat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kompis-replica-beat");
            t.setDaemon(true);
            return t;
        });
        beat.scheduleAtFixedRate(this::checkIn, BEAT.toMillis(), BEAT.toMillis(), TimeUnit.MILLISECONDS);
        log.info("Replica {} started", id);
    }

    private void checkIn() {
        try {
            long now = System.currentTimeMillis();
            jdbi.useHandle(h -> {
                h.createUpdate("update replicas set seen_at = :now where id = :id")
                        .bind("id", id)
                        .bind("now", now)
                        .execute();
                // Rows of replicas gone for a day are only history.
                h.createUpdate("delete from replicas where seen_at < :old")
                        .bind("old", now - Duration.ofDays(1).toMillis())
                        .execute();
            });
        } catch (RuntimeException e) {
            log.warn("Replica {} could not check in: {}", id, e.getMessage());
        }
    }

    /**
     * A SQL condition, true when the replica named by column {@code ownerColumn} is this one or still alive; binds
     * {@code :me} and {@code :aliveSince} (see {@link #bind}).
     */
    public static String ownerAlive(String ownerColumn) {
        return "(" + ownerColumn + " = :me or exists (select 1 from replicas r where r.id = " + ownerColumn
                + " and r.seen_at > :aliveSince and r.stopped_at is null))";
    }

    /** Values for {@link #ownerAlive}. */
    public <T extends org.jdbi.v3.core.statement.SqlStatement<T>> T bind(T statement) {
        return statement.bind("me", id).bind("aliveSince", aliveSince());
    }

    public long aliveSince() {
        return alone ? Long.MAX_VALUE : System.currentTimeMillis() - DEAD_AFTER.toMillis();
    }

    /** Leaves: the others may take over whatever this replica still holds at once. */
    @Override
    public synchronized void close() {
        if (beat == null) {
            return;
        }
        beat.shutdownNow();
        beat = null;
        try {
            jdbi.useHandle(h -> h.createUpdate("update replicas set stopped_at = :now where id = :id")
                    .bind("id", id)
                    .bind("now", System.currentTimeMillis())
                    .execute());
        } catch (RuntimeException e) {
            log.warn("Replica {} could not sign off: {}", id, e.getMessage());
        }
    }
}
