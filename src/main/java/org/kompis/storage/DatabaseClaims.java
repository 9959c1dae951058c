package org.kompis.storage;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.kompis.core.Claims;

/**
 * {@link Claims} in the {@code claims} table. Taking a claim is one conditional upsert (the row is new, its lease
 * lapsed, or this thread holds it already), so two processes can never both succeed; the same statement runs on
 * SQLite and PostgreSQL.
 */
public final class DatabaseClaims implements Claims {
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final long MAX_PAUSE_MILLIS = 100;

    private final Jdbi jdbi;
    private final String process = UUID.randomUUID().toString();
    private final ThreadLocal<Map<String, Integer>> held = ThreadLocal.withInitial(HashMap::new);

    public DatabaseClaims(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** SQL of the claims table. */
    public interface Store {
        @SqlUpdate("""
        insert into claims(claim_key, holder, expires_at) values (:key, :holder, :until)
        on conflict(claim_key) do update set holder = excluded.holder, expires_at = excluded.expires_at
        where claims.expires_at < :now or claims.holder = excluded.holder""")
        int take(
                @Bind("key") String key,
                @Bind("holder") String holder,
                @Bind("now") long now,
                @Bind("until") long until);

        @SqlUpdate("delete from claims where claim_key = :key and holder = :holder")
        int release(@Bind("key") String key, @Bind("holder") String holder);
    }

    @Override
    public <T> T holding(String key, Supplier<T> work) {
        Map<String, Integer> mine = held.get();
        if (mine.containsKey(key)) {
            mine.merge(key, 1, Integer::sum);
            try {
                return work.get();
            } finally {
                mine.merge(key, -1, Integer::sum);
            }
        }
        String holder = process + "/" + Thread.currentThread().getId();
        take(key, holder);
        mine.put(key, 1);
        try {
            return work.get();
        } finally {
            mine.remove(key);
            jdbi.useExtension(Store.class, s -> s.release(key, holder));
        }
    }

    /** A lease measures how long a holder has been gone, in real time, whatever the rituals' clock says. */
    private static long now() {
        return System.currentTimeMillis();
    }

    private void take(String key, String holder) {
        long pause = 5;
        while (jdbi.withExtension(Store.class, s -> s.take(key, holder, now(), now() + LEASE.toMillis())) == 0) {
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the claim on " + key, e);
            }
            pause = Math.min(MAX_PAUSE_MILLIS, pause * 2);
        }
    }
}
