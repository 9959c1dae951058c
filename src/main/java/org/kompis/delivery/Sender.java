package org.kompis.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.kompis.slack.SlackCallException;
import org.kompis.slack.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains the outbox. One pump thread reads due rows, asks the {@link Pacer} for a slot for each and has the
 * {@link Writer} claim the lucky ones (pending to sending); once the claim is committed, a small pool posts each once
 * with {@code postOnce} and the writer records the outcome. The pump does not wait for commits: rows on their way
 * are remembered in memory until their claim is written. At most {@code posters x 4} rows are claimed and not yet
 * done, so the rows a crash leaves "sending" are those that may have been posted plus at most that many that were not.
 */
final class Sender {
  private static final Logger log = LoggerFactory.getLogger(Sender.class);
  private static final int SCAN = 100;
  private static final int IN_FLIGHT_PER_POSTER = 4;
  private static final int MAX_ATTEMPTS = 12;
  private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);
  // Waiting at least this long for tokens lets a few gather, so claims are written in batches.
  private static final Duration MIN_PACE = Duration.ofMillis(50);
  private static final Duration IDLE_POLL = Duration.ofMillis(250);

  private final Jdbi jdbi;
  private final SlackGateway slack;
  private final Map<String, Delivery> deliveries;
  private final Clock clock;
  private final Pacer pacer;
  private final SlackGateway.Sleeper sleeper;
  private final Semaphore permits;
  private final Set<Long> claiming = ConcurrentHashMap.newKeySet();
  private final ExecutorService posters;
  private final ExecutorService callbacks;
  private final Writer writer;
  private final Object signal = new Object();
  private boolean nudged;
  private volatile boolean running;
  private Thread pump;

  Sender(Jdbi jdbi, SlackGateway slack, Map<String, Delivery> deliveries, Clock clock, Pacer pacer,
      SlackGateway.Sleeper sleeper, int threads) {
    this.jdbi = jdbi;
    this.slack = slack;
    this.deliveries = deliveries;
    this.clock = clock;
    this.pacer = pacer;
    this.sleeper = sleeper;
    this.permits = new Semaphore(threads * IN_FLIGHT_PER_POSTER);
    this.posters = Executors.newFixedThreadPool(threads, named("kompis-outbox-post-"));
    this.callbacks = Executors.newSingleThreadExecutor(named("kompis-outbox-failed-"));
    this.writer = new Writer(jdbi, clock, this::nudge, callbacks);
  }

  synchronized void start() {
    running = true;
    writer.start();
    pump = new Thread(this::pumpLoop, "kompis-outbox");
    pump.setDaemon(true);
    pump.start();
  }

  void nudge() {
    synchronized (signal) {
      nudged = true;
      signal.notifyAll();
    }
  }

  private void pumpLoop() {
    while (running) {
      // One connection for the pump's reads: it asks several times a second.
      try (Handle reader = jdbi.open()) {
        OutboxStore store = reader.attach(OutboxStore.class);
        while (running) {
          if (!pumpOnce(store)) {
            idle(store);
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        log.error("Outbox pump failed; trying again shortly", e);
        try {
          Thread.sleep(IDLE_POLL.toMillis());
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  /** One round: false when nothing is due, true when it handed rows on or waited for a slot. */
  private boolean pumpOnce(OutboxStore store) throws InterruptedException {
    if (permits.availablePermits() == 0) {
      permits.acquire();
      permits.release();
    }
    long now = clock.millis();
    List<OutboxRow> due = store.due(now, SCAN);
    due.removeIf(row -> claiming.contains(row.id()));
    if (due.isEmpty()) {
      return false;
    }
    long wait = Long.MAX_VALUE;
    List<OutboxRow> go = new ArrayList<>();
    for (OutboxRow row : due) {
      if (!permits.tryAcquire()) {
        break;
      }
      long w = pacer.tryAcquire(row.teamId(), row.channelId());
      if (w == 0) {
        claiming.add(row.id());
        go.add(row);
      } else {
        permits.release();
        wait = Math.min(wait, w);
      }
    }
    if (go.isEmpty()) {
      // Capped, so rows enqueued meanwhile (another workspace's, say) are not kept waiting behind a long pause.
      sleeper.sleep(Duration.ofNanos(Math.min(Math.max(wait, MIN_PACE.toNanos()), IDLE_POLL.toNanos())));
      return true;
    }
    writer.claim(go, now, claimed -> {
      for (OutboxRow row : go) {
        claiming.remove(row.id());
        if (!claimed.contains(row)) {
          permits.release();
          continue;
        }
        try {
          posters.execute(() -> post(row));
        } catch (RejectedExecutionException e) {
          // Shutting down: the row stays "sending" and goes out again at the next start.
          permits.release();
        }
      }
    });
    return true;
  }

  private void idle(OutboxStore store) throws InterruptedException {
    long waitMs = IDLE_POLL.toMillis();
    try {
      Long next = store.nextDue().orElse(null);
      if (next != null) {
        waitMs = Math.max(1, Math.min(waitMs, next - clock.millis()));
      }
    } catch (RuntimeException e) {
      log.debug("Outbox: could not read the next due time", e);
    }
    synchronized (signal) {
      if (!nudged && running) {
        signal.wait(waitMs);
      }
      nudged = false;
    }
  }

  private void post(OutboxRow row) {
    Delivery delivery = deliveries.get(row.kind());
    try {
      if (delivery == null) {
        fail(row, null, "unknown_kind");
        return;
      }
      for (long w = pacer.beforePost(row.teamId(), row.channelId()); w > 0; w = pacer.beforePost(row.teamId(), row.channelId())) {
        sleeper.sleep(Duration.ofNanos(w));
      }
      Message message = delivery.render(row);
      if (message == null) {
        fail(row, delivery, "gone");
        return;
      }
      try {
        String ts = slack.team(row.teamId()).postOnce(row.channelId(), row.threadTs(), message.text(), message.blocks());
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
    } finally {
      permits.release();
    }
  }

  private void onError(OutboxRow row, Delivery delivery, SlackCallException e) {
    String error = e.error();
    if ("ratelimited".equals(error)) {
      Duration retryAfter = SlackErrors.retryAfter(e);
      log.info("Slack rate-limited workspace {}: pausing its posts for {} s", row.teamId(), retryAfter.toSeconds());
      pacer.pauseTeam(row.teamId(), retryAfter);
      writer.retry(row, error, clock.millis(), false);
    } else if (e.uncertain() || SlackErrors.maybeDelivered(e)) {
      // Slack may have posted it (a 5xx, a timeout or a reset after the request was sent), and chat.postMessage
      // has no idempotency key: posting again could post twice. The row is kept as uncertain and its ritual told.
      log.warn("Outbox row {} to {}: {} after the request was sent; it may be in the channel, so it is not sent again",
          row.id(), row.channelId(), error);
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

  private static ThreadFactory named(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** Stops claiming and lets posts in flight finish and be recorded; anything cut off stays "sending". */
  synchronized void close() {
    running = false;
    nudge();
    if (pump == null) {
      posters.shutdown();
      callbacks.shutdown();
      return;
    }
    pump.interrupt();
    try {
      pump.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    writer.drain();
    posters.shutdown();
    try {
      if (!posters.awaitTermination(10, TimeUnit.SECONDS)) {
        log.warn("Outbox: posts still in flight at shutdown stay 'sending' and go out again at the next start");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    writer.close();
    callbacks.shutdown();
  }
}
