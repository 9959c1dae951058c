package org.kompis.slack;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.kompis.cluster.Dialect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A signed request captured and sent again while its timestamp is valid carries the same timestamp, signature and
 * body: it is acknowledged and has no effect. The hash of the three is a unique key in the database, so a copy sent
 * to another replica or after a restart is caught too; a row lives as long as its timestamp is accepted, then goes.
 */
public final class Replays {
    private static final Logger log = LoggerFactory.getLogger(Replays.class);
    /** Replicas' clocks may differ a little: a row outlives its timestamp's window by a minute. */
    private static final long MARGIN_MS = 60_000;

    private static final long PURGE_EVERY_MS = 60_000;

    /** The {@code request_replays} table. */
    public interface Seen {
        /** 1 when the request is new, 0 when it was handled before. */
        @SqlUpdate("insert into request_replays(digest, expires_at) values (:d, :x) on conflict do nothing")
        int see(@Bind("d") String digest, @Bind("x") long expiresAt);

        @SqlUpdate("delete from request_replays where expires_at < :now")
        int purge(@Bind("now") long now);
    }

    private final Jdbi jdbi;
    private final Clock clock;
    private final AtomicLong lastPurge = new AtomicLong();

    public Replays(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /**
     * True the first time this request is seen, in any process on this database. {@code timestamp} was checked by
     * {@link RequestVerifier} already. When the table cannot be written (a full disk) the request goes through: a
     * form must then be able to say "not saved", and its listener's own unique keys still hold.
     */
    public boolean firstTime(String timestamp, String signature, byte[] body) {
        long now = clock.millis();
        long expires = (Long.parseLong(timestamp.trim()) + RequestVerifier.MAX_SKEW_SECONDS) * 1000 + MARGIN_MS;
        try {
            String digest = digest(timestamp, signature, body);
            boolean first = jdbi.withHandle(h -> see(h, digest, expires)) == 1;
            purgeNowAndThen(now);
            return first;
        } catch (RuntimeException e) {
            log.warn("Could not record a request against replays; it is handled as new", e);
            return true;
        }
    }

    /**
     * The row is written on the request's thread, before the ack, without waiting for the disk: a commit's flush
     * doubled the ack's p99. A Kompis that is killed keeps the row (it is in the operating system's hands); only a
     * power cut in the same instant loses it, and then a replay within the same five minutes runs twice.
     */
    private static int see(Handle h, String digest, long expires) {
        if (Dialect.of(h) == Dialect.POSTGRESQL) {
            return h.inTransaction(t -> {
                t.execute("set local synchronous_commit = off");
                return t.attach(Seen.class).see(digest, expires);
            });
        }
        h.execute("pragma synchronous = normal");
        try {
            return h.attach(Seen.class).see(digest, expires);
        } finally {
            h.execute("pragma synchronous = full");
        }
    }

    private void purgeNowAndThen(long now) {
        long last = lastPurge.get();
        if (now - last > PURGE_EVERY_MS && lastPurge.compareAndSet(last, now)) {
            jdbi.useExtension(Seen.class, s -> s.purge(now));
        }
    }

    static String digest(String timestamp, String signature, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(timestamp.trim().getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) '\n');
            sha.update(signature.getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) '\n');
            sha.update(body);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
