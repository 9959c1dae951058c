package org.kompis.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.kompis.slack.SlackCallException;
import org.kompis.slack.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts one claimed row once, on a poster thread: waits out the channel's second, renders, has the {@link Writer}
 * mark it as on its way (durably, before the request), posts, and has the writer record what Slack answered: sent,
 * retried later with backoff, or failed for good. Never posts a row twice when Slack may already have it.
 */
final class Poster {
    private static final Logger log = LoggerFactory.getLogger(Poster.class);
    private static final int MAX_ATTEMPTS = 12;
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);
    private static final long MARK_WAIT_SECONDS = 30;

    private final SlackGateway slack;
    private final Map<String, Delivery> deliveries;
    private final Clock clock;
    private final Pacer pacer;
    private final Rate rate;
    private final SlackGateway.Sleeper sleeper;
    private final Writer writer;

    Poster(
            SlackGateway slack,
            Map<String, Delivery> deliveries,
            Clock clock,
            Pacer pacer,
            Rate rate,
            SlackGateway.Sleeper sleeper,
            Writer writer) {
        this.slack = slack;
        this.deliveries = deliveries;
        this.clock = clock;
        this.pacer = pacer;
        this.rate = rate;
        this.sleeper = sleeper;
        this.writer = writer;
    }

    /** Posts {@code row}; the future completes once its outcome is recorded (or the row was left as it was). */
    CompletableFuture<Boolean> post(OutboxRow row) {
        Delivery delivery = deliveries.get(row.kind());
        try {
            if (delivery == null) {
                return fail(row, null, "unknown_kind");
            }
            for (long w = pacer.beforePost(row.teamId(), row.channelId());
                    w > 0;
                    w = pacer.beforePost(row.teamId(), row.channelId())) {
                sleeper.sleep(Duration.ofNanos(w));
            }
            Message message = delivery.render(row);
            if (message == null) {
                return fail(row, delivery, "gone");
            }
            if (!marked(row)) {
                return CompletableFuture.completedFuture(false);
            }
            try {
                String ts = slack.team(row.teamId())
                        .postOnce(row.channelId(), row.threadTs(), message.text(), message.blocks());
                return writer.sent(row, delivery, ts);
            } catch (SlackCallException e) {
                return onError(row, delivery, e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return retryLater(row, delivery, "interrupted");
        } catch (RuntimeException e) {
            // A rendering or database fault before the request, not Slack's answer: nothing was posted; try again.
            log.error("Outbox row {} ({}) failed", row.id(), row.kind(), e);
            return retryLater(row, delivery, "error: " + e.getClass().getSimpleName());
        }
    }

    /** The posting mark, committed: false if the row is no longer ours (taken over) or the database did not answer. */
    private boolean marked(OutboxRow row) throws InterruptedException {
        try {
            if (writer.posting(row).get(MARK_WAIT_SECONDS, TimeUnit.SECONDS)) {
                return true;
            }
            log.warn("Outbox row {} was taken over by another replica; not posting it here", row.id());
        } catch (TimeoutException | ExecutionException e) {
            // Not posted. Queued behind the mark, so it lands after it: the row is pending again, never sent.
            log.warn("Outbox row {}: the database did not take its posting mark in time; not posting it now", row.id());
            writer.retry(row, "database_slow", clock.millis(), false);
        }
        return false;
    }

    private CompletableFuture<Boolean> onError(OutboxRow row, Delivery delivery, SlackCallException e) {
        String error = e.error();
        if ("ratelimited".equals(error)) {
            Duration retryAfter = SlackErrors.retryAfter(e);
            log.info(
                    "Slack rate-limited workspace {}: pausing its posts for {} s",
                    row.teamId(),
                    retryAfter.toSeconds());
            // Paused first: once the retry is committed the pump may look at the row, and must find the pause.
            rate.limited(row.teamId(), retryAfter);
            return writer.retry(row, error, clock.millis(), false);
        } else if (e.uncertain() || SlackErrors.maybeDelivered(e)) {
            // Slack may have posted it (a 5xx, a timeout or a reset after the request was sent), and chat.postMessage
            // has no idempotency key: posting again could post twice. The row is kept as uncertain and its ritual told.
            log.warn(
                    "Outbox row {} to {}: {} after the request was sent; it may be in the channel, "
                            + "so it is not sent again",
                    row.id(),
                    row.channelId(),
                    error);
            return fail(row, delivery, "uncertain: " + error);
        } else if (SlackErrors.retryable(error)) {
            return retryLater(row, delivery, error);
        } else {
            return fail(row, delivery, error);
        }
    }

    private CompletableFuture<Boolean> retryLater(OutboxRow row, Delivery delivery, String error) {
        int attempts = row.attempts() + 1;
        if (attempts >= MAX_ATTEMPTS) {
            return fail(row, delivery, "gave_up: " + error);
        }
        long base = Math.min(MAX_BACKOFF.toMillis(), 1000L << Math.min(attempts - 1, 16));
        long delay = base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1);
        return writer.retry(row, error, clock.millis() + delay, true);
    }

    private CompletableFuture<Boolean> fail(OutboxRow row, Delivery delivery, String error) {
        log.warn("Outbox row {} ({} to {}) failed for good: {}", row.id(), row.kind(), row.channelId(), error);
        return writer.failed(row, delivery, error);
    }
}
