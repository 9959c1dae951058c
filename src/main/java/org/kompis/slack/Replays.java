package org.kompis.slack;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A request captured and sent again within the 5 minutes its timestamp is valid carries the same signature: it is
 * acknowledged and has no effect. The signatures are kept in the database (a claim, not memory), so a second
 * Kompis on the same database, or a restart, cannot be replayed into either.
 */
public final class Replays {
  private static final Logger log = LoggerFactory.getLogger(Replays.class);
  private static final long KEEP_MS = (RequestVerifier.MAX_SKEW_SECONDS * 2 + 60) * 1000;

  private final Jdbi jdbi;
  private final Clock clock;
  private final AtomicLong lastPurge = new AtomicLong();

  public Replays(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /** True the first time this signature is seen; a database that refuses the write lets the request through. */
  public boolean firstTime(String signature) {
    long now = clock.millis();
    try {
      int inserted = jdbi.withHandle(h -> h.createUpdate(
          "insert into request_seen (signature, seen_at) values (:s, :now) on conflict (signature) do nothing")
          .bind("s", signature).bind("now", now).execute());
      long last = lastPurge.get();
      if (now - last > 60_000 && lastPurge.compareAndSet(last, now)) {
        jdbi.useHandle(h -> h.createUpdate("delete from request_seen where seen_at < :t").bind("t", now - KEEP_MS)
            .execute());
      }
      return inserted == 1;
    } catch (RuntimeException e) {
      // The listener will meet the same failing database and say so; refusing here would leave the person with
      // no answer at all.
      log.warn("Could not record a request against replays", e);
      return true;
    }
  }
}
