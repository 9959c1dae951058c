package org.kompis.delivery;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import org.jdbi.v3.core.Jdbi;

/**
 * A workspace's posting rate shared by every replica (PostgreSQL): the {@code send_rates} row hands out send slots
 * in small batches, so the deployment as a whole keeps the rate however many replicas post. Slack publishes no exact
 * workspace cap, so the rate is found. It starts at {@code slack.messages_per_second}; while posts wait for slots and
 * the replicas used at least 80 % of the last quarter second's slots, it doubles every quarter second until Slack
 * first answers 429, and after that grows by 3 % a second. Each 429 pauses
 * the workspace for Retry-After on every replica and, once per Retry-After, cuts the rate by 15 %, or down to the
 * rate the replicas were really taking slots at if that is lower, but at most by half (a rate found on a quiet start
 * may be far above what they reach later). The rate is kept in the row, so the next fan-out starts where this one
 * ended.
 *
 * <p>The cut is a fraction of the rate offered, not an estimate from the posts counted: posts are recorded after
 * Slack answers, and counting them made the rate settle far under the cap. A short pause costs little, since a
 * limiter that refused a post has refilled by the time Retry-After has passed.
 */
final class SharedRate implements Rate {
    private static final double MAX = 1000;
    // About 50 ms of posts per reservation: few round trips, and little lost if this replica dies holding them.
    private static final double BATCH_SECONDS = 0.05;
    private static final long RAISE_EVERY_MS = 250;
    private static final double RAMP = 2.0;
    private static final double GROW = Math.pow(1.03, RAISE_EVERY_MS / 1000.0);
    private static final double CUT = 0.85;
    private static final double USED = 0.8;
    // After a 429, no raise for this long beyond Retry-After: the cut rate shows first whether it holds.
    private static final long CALM_MS = 1000;

    private final Jdbi jdbi;
    private final double start;
    private final LongSupplier wallMillis;
    private final Map<String, Deque<Double>> slots = new HashMap<>();
    // Workspaces whose posts waited for a slot since the last reservation and used every slot they took.
    private final Set<String> hungry = new HashSet<>();

    SharedRate(Jdbi jdbi, double start, LongSupplier wallMillis) {
        this.jdbi = jdbi;
        this.start = start;
        this.wallMillis = wallMillis;
    }

    @Override
    public long tryAcquire(String team) {
        return acquire(team) * 1_000_000L;
    }

    @Override
    public synchronized void giveBack(String team, int slots) {
        hungry.remove(team);
        Deque<Double> mine = slots(team);
        double now = wallMillis.getAsLong();
        for (int i = 0; i < slots; i++) {
            mine.addFirst(now);
        }
    }

    @Override
    public void limited(String team, Duration retryAfter) {
        limited(team, retryAfter.toMillis());
    }

    private Deque<Double> slots(String team) {
        return slots.computeIfAbsent(team, t -> new ArrayDeque<>());
    }

    /** 0 when a post to {@code team} may go now (its slot is used up), else the milliseconds to wait for it. */
    synchronized long acquire(String team) {
        long now = wallMillis.getAsLong();
        Deque<Double> mine = slots(team);
        if (mine.isEmpty()) {
            reserve(team, now, mine, hungry.remove(team));
        }
        double slot = mine.peekFirst();
        if (slot <= now) {
            mine.pollFirst();
            return 0;
        }
        hungry.add(team);
        return Math.max(1, (long) Math.ceil(slot - now));
    }

    private void reserve(String team, long now, Deque<Double> into, boolean raise) {
        jdbi.useTransaction(h -> {
            h.createUpdate("insert into send_rates(team_id, per_second) values (:team, :start) on conflict do nothing")
                    .bind("team", team)
                    .bind("start", start)
                    .execute();
            h.createUpdate("""
                    update send_rates set
                      last_window = case when :now - window_start >= 2 * :every then 0
                        when :now - window_start >= :every then window_slots else last_window end,
                      window_slots = case when :now - window_start >= :every then 0 else window_slots end,
                      window_start = case when :now - window_start >= :every then :now else window_start end
                    where team_id = :team""")
                    .bind("team", team)
                    .bind("now", now)
                    .bind("every", RAISE_EVERY_MS)
                    .execute();
            if (raise) {
                // Only while the replicas used nearly all of the last window's slots: a rate they cannot reach
                // (a busy machine, too few posters) must not grow, or the first 429 finds it far above the cap.
                h.createUpdate("""
                        update send_rates set raised_at = :now,
                          per_second = least(:max, per_second * case when limited_at = 0 then :ramp else :grow end)
                        where team_id = :team and raised_at < :now - :every and paused_until < :now - :calm
                          and last_window >= :used * per_second * :every / 1000.0""")
                        .bind("team", team)
                        .bind("now", now)
                        .bind("max", MAX)
                        .bind("ramp", RAMP)
                        .bind("grow", GROW)
                        .bind("every", RAISE_EVERY_MS)
                        .bind("calm", CALM_MS)
                        .bind("used", USED)
                        .execute();
            }
            Map<String, Object> row = h.createQuery("""
                    update send_rates set next_slot = greatest(next_slot, :now, paused_until)
                      + greatest(1, floor(per_second * :batch)) * 1000.0 / per_second,
                      window_slots = window_slots + greatest(1, floor(per_second * :batch))
                    where team_id = :team
                    returning next_slot, per_second, greatest(1, floor(per_second * :batch)) as n""")
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
        });
    }

    /** Slack answered 429: slower from now on, and nothing to this workspace from any replica for Retry-After. */
    synchronized void limited(String team, long retryAfterMillis) {
        long now = wallMillis.getAsLong();
        slots.remove(team);
        hungry.remove(team);
        jdbi.useHandle(h -> h.createUpdate("""
                update send_rates set paused_until = greatest(paused_until, :until),
                  next_slot = greatest(next_slot, :until),
                  per_second = case when limited_at < :now - :retryAfter
                    then greatest(1, per_second * 0.5,
                      least(per_second * :cut, greatest(last_window, window_slots) * 1000.0 / :every))
                    else per_second end,
                  limited_at = :now
                where team_id = :team""")
                .bind("team", team)
                .bind("now", now)
                .bind("until", now + retryAfterMillis)
                .bind("retryAfter", retryAfterMillis)
                .bind("cut", CUT)
                .bind("every", RAISE_EVERY_MS)
                .execute());
    }
}
