package org.kompis.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.kompis.slack.SlackCallException;
import org.kompis.slack.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts one claimed row once, on a poster thread, and has the {@link Writer} record what Slack answered: sent,
 * retried later with backoff, or failed for good. Never posts a row twice when Slack may already have it.
 */
final class Poster {
    private static final Logger log = LoggerFactory.getLogger(Poster.class);
    private static final int MAX_ATTEMPTS = 12;
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

    private final SlackGateway slack;
    private final Map<String, Delivery> deliveries;
    private final Clock clock;
    private final Pacer pacer;
    private final Sharing sharing;
    private final SlackGateway.Sleeper sleeper;
    private final Writer writer;

    Poster(
            SlackGateway slack,
            Map<String, Delivery> deliveries,
            Clock clock,
            Pacer pacer,
            Sharing sharing,
            SlackGateway.Sleeper sleeper,
            Writer writer) {
        this.slack = slack;
        this.deliveries = deliveries;
        this.clock = clock;
        this.pacer = pacer;
        this.sharing = sharing;
        this.sleeper = sleeper;
        this.writer = writer;
    }

    void post(OutboxRow row) {
        Delivery delivery = deliveries.get(row.kind());
        try {
            if (delivery == null) {
                fail(row, null, "unknown_kind");
                return;
            }
            if (sharing.shared()) {
                for (long w = sharing.rate().acquire(row.teamId());
                        w > 0;
                        w = sharing.rate().acquire(row.teamId())) {
                    sleeper.sleep(Duration.ofMillis(w));
                }
            }
            for (long w = pacer.beforePost(row.teamId(), row.channelId());
                    w > 0;
                    w = pacer.beforePost(row.teamId(), row.channelId())) {
                sleeper.sleep(Duration.ofNanos(w));
            }
            Message message = delivery.render(row);
            if (message == null) {
                fail(row, delivery, "gone");
                return;
            }
            try {
                String ts = slack.team(row.teamId())
                        .postOnce(row.channelId(), row.threadTs(), message.text(), message.blocks());
                writer.sent(row, delivery, ts);
            } catch (SlackCallException e) {
                onError(row, delivery, e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            retryLater(row, delivery, "interrupted");
        } catch (RuntimeException e) {
            // A rendering or database fault, not Slack's answer: nothing was posted; try again later.
            log.error("Outbox row {} ({}) failed", row.id(), row.kind(), e);
            retryLater(row, delivery, "error: " + e.getClass().getSimpleName());
        }
    }

    private void onError(OutboxRow row, Delivery delivery, SlackCallException e) {
        String error = e.error();
        if ("ratelimited".equals(error)) {
            Duration retryAfter = SlackErrors.retryAfter(e);
            log.info(
                    "Slack rate-limited workspace {}: pausing its posts for {} s",
                    row.teamId(),
                    retryAfter.toSeconds());
            pacer.pauseTeam(row.teamId(), retryAfter);
            if (sharing.shared()) {
                sharing.rate().limited(row.teamId(), retryAfter.toMillis());
            }
            writer.retry(row, error, clock.millis(), false);
        } else if (e.uncertain() || SlackErrors.maybeDelivered(e)) {
            // Slack may have posted it (a 5xx, a timeout or a reset after the request was sent), and chat.postMessage
            // has no idempotency key: posting again could post twice. The row is kept as uncertain and its ritual told.
            log.warn(
                    "Outbox row {} to {}: {} after the request was sent; it may be in the channel, so it is not sent again",
                    row.id(),
                    row.channelId(),
                    error);
            fail(row, delivery, "uncertain: " + error);
        } else if (SlackErrors.retryable(error)) {
            retryLater(row, delivery, error);
        } else {
            fail(row, delivery, error);
        }
    }

    private void retryLater(OutboxRow row, Delivery delivery, String error) {
        int attempts = row.attempts() + 1;
        if (attempts >= MAX_ATTEMPTS) {
            fail(row, delivery, "gave_up: " + error);
            return;
        }
        long base = Math.min(MAX_BACKOFF.toMillis(), 1000L << Math.min(attempts - 1, 16));
        long delay = base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1);
        writer.retry(row, error, clock.millis() + delay, true);
    }

    private void fail(OutboxRow row, Delivery delivery, String error) {
        log.warn("Outbox row {} ({} to {}) failed for good: {}", row.id(), row.kind(), row.channelId(), error);
        writer.failed(row, delivery, error);
    }
}
