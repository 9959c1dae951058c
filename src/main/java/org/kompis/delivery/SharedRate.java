package org.kompis.delivery;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import org.jdbi.v3.core.Jdbi;

/**
 * A workspace's posting rate shared by every replica (PostgreSQL): the {@code send_rates} row hands out send slots
 * in small batches, so the deployment as a whole keeps the rate however many replicas post. Slack publishes no exact
 * workspace cap, so the rate is found: it starts at {@code slack.messages_per_second}, grows while posts wait for
 * slots and Slack answers without 429 (by half each second until the first 429, then by a tenth), and a 429 cuts it
 * by 30 % and pauses the workspace for Retry-After, for every replica.
 */
final class SharedRate {
  private static final double MAX = 1000;
  // About 50 ms of posts per reservation: few round trips, and little lost if this replica dies holding them.
  private static final double BATCH_SECONDS = 0.05;

  private final Jdbi jdbi;
  private final double start;
  private final LongSupplier wallMillis;
  private final Map<String, Deque<Double>> slots = new HashMap<>();

  SharedRate(Jdbi jdbi, double start, LongSupplier wallMillis) {
    this.jdbi = jdbi;
    this.start = start;
    this.wallMillis = wallMillis;
  }

  /** 0 when a post to {@code team} may go now (its slot is used up), else the milliseconds to wait for it. */
  synchronized long acquire(String team) {
    long now = wallMillis.getAsLong();
    Deque<Double> mine = slots.computeIfAbsent(team, t -> new ArrayDeque<>());
    if (mine.isEmpty()) {
      reserve(team, now, mine);
    }
    double slot = mine.peekFirst();
    if (slot <= now) {
      mine.pollFirst();
      return 0;
    }
    return Math.max(1, (long) Math.ceil(slot - now));
  }

  private void reserve(String team, long now, Deque<Double> into) {
    jdbi.useTransaction(h -> {
      h.createUpdate("insert into send_rates(team_id, per_second) values (:team, :start) on conflict do nothing")
          .bind("team", team).bind("start", start).execute();
      Map<String, Object> row = h.createQuery("""
              update send_rates set next_slot = greatest(next_slot, :now, paused_until)
                + greatest(1, floor(per_second * :batch)) * 1000.0 / per_second
              where team_id = :team
              returning next_slot, per_second, greatest(1, floor(per_second * :batch)) as n, limited_at""")
          .bind("team", team).bind("now", now).bind("batch", BATCH_SECONDS).mapToMap().one();
      double end = ((Number) row.get("next_slot")).doubleValue();
      double rate = ((Number) row.get("per_second")).doubleValue();
      int n = ((Number) row.get("n")).intValue();
      double gap = 1000.0 / rate;
      for (int i = n; i > 0; i--) {
        into.addLast(end - i * gap);
      }
      if (end - n * gap > now + gap) {
        // Posts are queuing for slots: ask for more, unless Slack said 429 lately.
        long since = ((Number) row.get("limited_at")).longValue();
        h.createUpdate("""
                update send_rates set per_second = least(:max, per_second * :factor), raised_at = :now
                where team_id = :team and raised_at < :now - 1000 and limited_at < :now - 2000""")
            .bind("team", team).bind("now", now).bind("max", MAX).bind("factor", since == 0 ? 1.5 : 1.1).execute();
      }
    });
  }

  /** Slack answered 429: slower from now on, and nothing to this workspace from any replica for Retry-After. */
  synchronized void limited(String team, long retryAfterMillis) {
    long now = wallMillis.getAsLong();
    slots.remove(team);
    jdbi.useHandle(h -> h.createUpdate("""
            update send_rates set paused_until = greatest(paused_until, :until), next_slot = greatest(next_slot, :until),
              per_second = case when limited_at < :now - 1000 then greatest(1, per_second * 0.7) else per_second end,
              limited_at = :now
            where team_id = :team""")
        .bind("team", team).bind("now", now).bind("until", now + retryAfterMillis).execute());
  }
}
