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
 * workspace cap, so the rate is found: it starts at {@code slack.messages_per_second} and, while posts wait for slots
 * and Slack answers without 429, doubles every second until the first 429. A 429 pauses the workspace for
 * Retry-After, for every replica, and sets the rate to 90 % of what Slack actually took in the last second (the posts
 * recorded then), with a ceiling at 95 % of it; after that the rate grows by 5 % a second up to the ceiling, so the
 * sender settles just under the cap instead of hitting it again and again (each 429 costs a Retry-After pause).
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
                    .bind("team", team)
                    .bind("start", start)
                    .execute();
            Map<String, Object> row = h.createQuery("""
              update send_rates set next_slot = greatest(next_slot, :now, paused_until)
                + greatest(1, floor(per_second * :batch)) * 1000.0 / per_second
              where team_id = :team
              returning next_slot, per_second, greatest(1, floor(per_second * :batch)) as n, limited_at""")
                    .bind("team", team)
                    .bind("now", now)
                    .bind("batch", BATCH_SECONDS)
                    .mapToMap()
                    .one();
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
                update send_rates set raised_at = :now,
                  per_second = greatest(per_second, least(:max, per_second * :factor,
                    case when ceiling > 0 then ceiling else :max end))
                where team_id = :team and raised_at < :now - 500 and limited_at < :now - 2000""")
                        .bind("team", team)
                        .bind("now", now)
                        .bind("max", MAX)
                        .bind("factor", since == 0 ? 1.41 : 1.025)
                        .execute();
            }
        });
    }

    /** Slack answered 429: slower from now on, and nothing to this workspace from any replica for Retry-After. */
    synchronized void limited(String team, long retryAfterMillis) {
        long now = wallMillis.getAsLong();
        slots.remove(team);
        jdbi.useHandle(h -> {
            // What Slack took in the last second, by every replica: the posts recorded as sent then.
            long took = h.createQuery("select count(*) from outbox where team_id = :team and posted_at > :since")
                    .bind("team", team)
                    .bind("since", now - 1000)
                    .mapTo(Long.class)
                    .one();
            h.createUpdate("""
              update send_rates set paused_until = greatest(paused_until, :until),
                next_slot = greatest(next_slot, :until),
                per_second = case when limited_at < :now - 1000
                  then greatest(1, case when :took >= 5 then least(per_second, :took * 0.9) else per_second * 0.7 end)
                  else per_second end,
                ceiling = case when limited_at < :now - 1000
                  then greatest(1, case when :took >= 5 then :took * 0.95 else per_second * 0.9 end)
                  else ceiling end,
                limited_at = :now
              where team_id = :team""")
                    .bind("team", team)
                    .bind("now", now)
                    .bind("until", now + retryAfterMillis)
                    .bind("took", took)
                    .bind("max", MAX)
                    .execute();
        });
    }
}
