package org.kompis.delivery;

import com.slack.api.methods.SlackApiException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Jdbi;
import org.kompis.slack.SlackCallException;
import org.kompis.slack.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains the outbox. One pump thread picks due rows, asks the {@link Pacer} for a slot, claims a few rows at a
 * time (pending to sending, in one short IMMEDIATE transaction) and hands each to a small pool that posts it once
 * with {@code postOnce} and records the outcome. A row is claimed only when a poster is free to post it at once,
 * so "sending" means "possibly posted", which is what a restart has to assume.
 */
final class Sender {
  private static final Logger log = LoggerFactory.getLogger(Sender.class);
  private static final int SCAN = 200;
  private static final int MAX_ATTEMPTS = 12;
  private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);
  // Waiting at least this long for tokens lets a few gather, so claims go in small batches, not one per commit.
  private static final Duration MIN_PACE = Duration.ofMillis(20);
  private static final Duration IDLE_POLL = Duration.ofMillis(250);

  private final Jdbi jdbi;
  private final SlackGateway slack;
  private final Map<String, Delivery> deliveries;
  private final Clock clock;
  private final Pacer pacer;
  private final SlackGateway.Sleeper sleeper;
  private final Semaphore permits;
  private final ExecutorService posters;
  private final Object signal = new Object();
  private final AtomicLong sent = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLong retried = new AtomicLong();
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
    this.permits = new Semaphore(threads);
    AtomicInteger n = new AtomicInteger();
    this.posters = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "kompis-outbox-post-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  synchronized void start() {
    running = true;
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

  long sent() {
    return sent.get();
  }

  long failed() {
    return failed.get();
  }

  long retried() {
    return retried.get();
  }

  private void pumpLoop() {
    while (running) {
      try {
        if (!pumpOnce()) {
          idle();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        log.error("Outbox pump: {}; trying again shortly", e.toString());
        try {
          idle();
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  /** One round: false when nothing is due, true when it posted or waited for a slot. */
  private boolean pumpOnce() throws InterruptedException {
    long now = clock.millis();
    List<OutboxRow> due = store().due(now, SCAN);
    if (due.isEmpty()) {
      return false;
    }
    int free = permits.availablePermits();
    if (free == 0) {
      permits.acquire();
      permits.release();
      return true;
    }
    long wait = Long.MAX_VALUE;
    List<OutboxRow> go = new ArrayList<>();
    for (OutboxRow row : due) {
      if (go.size() >= free) {
        break;
      }
      long w = pacer.tryAcquire(row.teamId(), row.channelId());
      if (w == 0) {
        go.add(row);
      } else {
        wait = Math.min(wait, w);
      }
    }
    if (go.isEmpty()) {
      sleeper.sleep(Duration.ofNanos(Math.max(wait, MIN_PACE.toNanos())));
      return true;
    }
    List<OutboxRow> claimed = jdbi.inTransaction(h -> {
      OutboxStore store = h.attach(OutboxStore.class);
      List<OutboxRow> out = new ArrayList<>();
      for (OutboxRow row : go) {
        if (store.claim(row.id(), now) == 1) {
          out.add(row);
        }
      }
      return out;
    });
    for (OutboxRow row : claimed) {
      permits.acquire();
      posters.execute(() -> post(row));
    }
    return true;
  }

  private void idle() throws InterruptedException {
    long waitMs = IDLE_POLL.toMillis();
    try {
      Long next = store().nextDue().orElse(null);
      if (next != null) {
        waitMs = Math.max(1, Math.min(waitMs, next - clock.millis()));
      }
    } catch (RuntimeException e) {
      log.debug("Outbox: could not read the next due time: {}", e.toString());
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
      Message message = delivery.render(row);
      if (message == null) {
        fail(row, delivery, "gone");
        return;
      }
      String ts;
      try {
        ts = slack.team(row.teamId()).postOnce(row.channelId(), row.threadTs(), message.text(), message.blocks());
      } catch (SlackCallException e) {
        onError(row, delivery, e);
        return;
      }
      jdbi.useTransaction(h -> {
        if (h.attach(OutboxStore.class).markSent(row.id(), ts, clock.millis()) == 1) {
          delivery.sent(h, row, ts);
        }
      });
      sent.incrementAndGet();
    } catch (RuntimeException e) {
      // A rendering or database fault: not Slack's answer, so the post did not happen; try again later.
      log.error("Outbox row {} ({}): {}", row.id(), row.kind(), e.toString());
      retryLater(row, delivery, "error: " + e.getClass().getSimpleName());
    } finally {
      permits.release();
      nudge();
    }
  }

  private void onError(OutboxRow row, Delivery delivery, SlackCallException e) {
    String error = e.error();
    if ("ratelimited".equals(error)) {
      Duration retryAfter = retryAfter(e);
      log.info("Slack rate-limited workspace {}: pausing its posts for {} s", row.teamId(), retryAfter.toSeconds());
      pacer.pauseTeam(row.teamId(), retryAfter);
      store().retryAt(row.id(), error, clock.millis(), false);
      retried.incrementAndGet();
    } else if ("network_error".equals(error) && !(e.getCause() instanceof ConnectException
        || e.getCause() instanceof UnknownHostException)) {
      // The request may have reached Slack before the connection failed: posting again may duplicate it.
      log.warn("Outbox row {} to {}: {} after the request was sent; posting again, which may duplicate it",
          row.id(), row.channelId(), e.getCause());
      retryLater(row, delivery, "uncertain: " + error);
    } else if (retryable(error)) {
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
    store().retryAt(row.id(), error, clock.millis() + delay, true);
    retried.incrementAndGet();
  }

  private void fail(OutboxRow row, Delivery delivery, String error) {
    log.warn("Outbox row {} ({} to {}) failed for good: {}", row.id(), row.kind(), row.channelId(), error);
    if (store().markFailed(row.id(), error) == 0) {
      return;
    }
    failed.incrementAndGet();
    if (delivery != null) {
      try {
        delivery.failed(row, error);
      } catch (RuntimeException e) {
        log.error("Outbox row {}: the {} failure handler failed: {}", row.id(), row.kind(), e.toString());
      }
    }
  }

  static boolean retryable(String error) {
    return error.startsWith("http_5") || error.equals("network_error") || error.equals("internal_error")
        || error.equals("fatal_error") || error.equals("service_unavailable") || error.equals("request_timeout")
        || error.equals("interrupted");
  }

  private static Duration retryAfter(SlackCallException e) {
    if (e.getCause() instanceof SlackApiException api) {
      String header = api.getResponse().header("Retry-After");
      if (header != null) {
        try {
          return Duration.ofSeconds(Math.max(1, Long.parseLong(header.trim())));
        } catch (NumberFormatException ignored) {
          // fall through to one second
        }
      }
    }
    return Duration.ofSeconds(1);
  }

  private OutboxStore store() {
    return jdbi.onDemand(OutboxStore.class);
  }

  /** Stops claiming, lets posts in flight finish; anything cut off stays "sending" for the next start. */
  synchronized void close() {
    running = false;
    nudge();
    if (pump != null) {
      pump.interrupt();
      try {
        pump.join(5000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    posters.shutdown();
    try {
      if (!posters.awaitTermination(10, TimeUnit.SECONDS)) {
        log.warn("Outbox: posts still in flight at shutdown stay 'sending' and go out again at the next start");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
