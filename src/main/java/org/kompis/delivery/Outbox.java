package org.kompis.delivery;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Metrics;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.kompis.cluster.Dialect;
import org.kompis.cluster.Replica;
import org.kompis.slack.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shared outbox for channel posts. A ritual registers a {@link Delivery} per kind at install, enqueues
 * {@link Post}s inside its own transaction ({@link #enqueue(Handle, Post)}), then {@link #nudge()}s after commit.
 *
 * <p>At start (and on PostgreSQL whenever a replica stops answering), rows left "sending" are taken over: those
 * never sent to Slack go out; those whose request went out without the answer recorded are failed as uncertain and
 * their rituals told, because chat.postMessage has no idempotency key. Nothing is posted twice by Kompis's choice,
 * and nothing pending is skipped.
 */
public final class Outbox implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Outbox.class);
    private static final Duration KEEP = Duration.ofDays(90);

    private final Jdbi jdbi;
    private final Clock clock;
    private final Map<String, Delivery> deliveries = new ConcurrentHashMap<>();
    private final Sender sender;
    private final Sharing sharing;
    private final List<Gauge> gauges = new java.util.ArrayList<>();
    private volatile int recovered;

    /** The production outbox: real monotonic pacing and sleeping, 16 posters. */
    public Outbox(Jdbi jdbi, SlackGateway slack, Clock clock, double messagesPerSecond) {
        this(jdbi, slack, clock, messagesPerSecond, new Replica(jdbi));
    }

    /** As above, as {@code replica} among the replicas sharing the database. */
    public Outbox(Jdbi jdbi, SlackGateway slack, Clock clock, double messagesPerSecond, Replica replica) {
        this(
                jdbi,
                slack,
                clock,
                messagesPerSecond,
                Duration.ofSeconds(1),
                Ticker.SYSTEM,
                d -> Thread.sleep(d.toMillis(), (int) (d.toNanos() % 1_000_000)),
                16,
                replica);
    }

    /**
     * @param clock bookkeeping: when rows were made, sent and are due again
     * @param ticker and {@code sleeper}: pacing (rate, channel gap, Retry-After); tests pass a fake pair
     */
    public Outbox(
            Jdbi jdbi,
            SlackGateway slack,
            Clock clock,
            double messagesPerSecond,
            Duration channelGap,
            Ticker ticker,
            SlackGateway.Sleeper sleeper,
            int posters) {
        this(jdbi, slack, clock, messagesPerSecond, channelGap, ticker, sleeper, posters, new Replica(jdbi));
    }

    /**
     * The replicas pace by a clock they share: the machines' real clocks in production, the test's fake ticker when
     * one is given (every replica of such a test runs in one JVM).
     */
    public Outbox(
            Jdbi jdbi,
            SlackGateway slack,
            Clock clock,
            double messagesPerSecond,
            Duration channelGap,
            Ticker ticker,
            SlackGateway.Sleeper sleeper,
            int posters,
            Replica replica) {
        this.jdbi = jdbi;
        this.clock = clock;
        double rate = messagesPerSecond > 0 ? messagesPerSecond : 1;
        LongSupplier wall = ticker == Ticker.SYSTEM ? System::currentTimeMillis : () -> ticker.nanos() / 1_000_000;
        Pacer pacer = new Pacer(rate, channelGap, ticker);
        // Replicas share each workspace's rate through the database; one SQLite process paces on its own.
        Rate shared = Dialect.of(jdbi) == Dialect.POSTGRESQL ? new SharedRate(jdbi, rate, wall) : pacer;
        this.sharing = new Sharing(replica, wall);
        this.sender = new Sender(jdbi, slack, deliveries, clock, pacer, shared, sleeper, posters, sharing, channelGap);
    }

    /** How posts of {@code kind} are rendered and followed up. Register at install, before Kompis starts. */
    public void register(String kind, Delivery delivery) {
        deliveries.put(kind, delivery);
    }

    /** Adds a post inside the caller's transaction; false if this run already has a row for this channel. */
    public boolean enqueue(Handle h, Post post) {
        return h.attach(OutboxStore.class).insert(post, clock.millis()) == 1;
    }

    /** Adds a post in its own transaction and wakes the sender. */
    public boolean enqueue(Post post) {
        boolean added = jdbi.withHandle(h -> enqueue(h, post));
        nudge();
        return added;
    }

    /** Wakes the sender: call after committing rows. */
    public void nudge() {
        sender.nudge();
    }

    /** Takes over what a stop left "sending", forgets rows done long ago, and starts sending. */
    public void start() {
        OutboxStore store = jdbi.onDemand(OutboxStore.class);
        recovered = sender.takeOver().total();
        int purged = store.purge(clock.millis() - KEEP.toMillis());
        if (purged > 0) {
            log.info("Outbox: forgot {} post(s) done more than {} days ago", purged, KEEP.toDays());
        }
        sender.start();
        gauges.add(Gauge.builder("kompis.outbox.pending", this, o -> o.pendingStat("count(*)"))
                .description("channel posts waiting or being sent")
                .register(Metrics.globalRegistry));
        gauges.add(Gauge.builder(
                        "kompis.outbox.oldest.pending.age",
                        this,
                        o -> Math.max(0, (o.clock.millis() - o.pendingStat("coalesce(min(created_at), 0)")) / 1000.0))
                .baseUnit("seconds")
                .description("how long the oldest waiting post has waited")
                .register(Metrics.globalRegistry));
    }

    private double pendingStat(String aggregate) {
        try {
            return jdbi.withHandle(h -> h.createQuery(
                            "select " + aggregate + " from outbox where status in ('pending', " + "'sending')")
                    .mapTo(Long.class)
                    .one());
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    /** How many rows the last {@link #start()} took over: claimed ones posted now, and uncertain ones failed. */
    public int recovered() {
        return recovered;
    }

    @Override
    public void close() {
        gauges.forEach(Metrics.globalRegistry::remove);
        sender.close();
    }
}
