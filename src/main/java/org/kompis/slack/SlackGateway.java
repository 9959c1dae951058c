package org.kompis.slack;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import io.micrometer.core.instrument.Metrics;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way Kompis calls Slack's Web API. The SDK's sync client does not retry 429s, so this does: it honours
 * {@code Retry-After}, backs off with jitter on 5xx and network errors, and turns {@code ok:false} into a
 * {@link SlackCallException}. Never call it inside a database transaction.
 */
public final class SlackGateway {
  private static final Logger log = LoggerFactory.getLogger(SlackGateway.class);

  /** Maps a workspace to its bot token; one workspace today, an installation store with OAuth later. */
  public interface Tokens {
    String botToken(String teamId);
  }

  /** Sleeping is injected so tests of the retry rules do not wait. */
  public interface Sleeper {
    void sleep(Duration d) throws InterruptedException;
  }

  private final Slack slack;
  private final Tokens tokens;
  private final Sleeper sleeper;
  private final int maxAttempts;
  private final Duration maxRetryAfter;

  public SlackGateway(Slack slack, Tokens tokens, Sleeper sleeper, int maxAttempts, Duration maxRetryAfter) {
    this.slack = slack;
    this.tokens = tokens;
    this.sleeper = sleeper;
    this.maxAttempts = maxAttempts;
    this.maxRetryAfter = maxRetryAfter;
  }

  public SlackGateway(Slack slack, Tokens tokens) {
    this(slack, tokens, d -> Thread.sleep(d.toMillis()), 4, Duration.ofSeconds(60));
  }

  public Slack slack() {
    return slack;
  }

  String token(String teamId) {
    return tokens.botToken(teamId);
  }

  /** The calls Kompis makes, bound to one workspace. */
  public TeamClient team(String teamId) {
    return new TeamClient(this, teamId);
  }

  <T extends SlackApiTextResponse> T call(String teamId, String method, Function<MethodsClient, T> call, boolean retry) {
    MethodsClient client = slack.methods(tokens.botToken(teamId), teamId);
    int attempts = retry ? maxAttempts : 1;
    for (int attempt = 1; ; attempt++) {
      try {
        T response = call.apply(client);
        count(method, response.isOk() ? "ok" : "error");
        if (!response.isOk()) {
          throw new SlackCallException(method, response.getError(), null);
        }
        if (response.getWarning() != null) {
          log.debug("{} warned: {}", method, response.getWarning());
        }
        return response;
      } catch (WrappedException wrapped) {
        Throwable e = wrapped.getCause();
        count(method, "ratelimited".equals(errorCode(e)) ? "ratelimited" : "error");
        Duration wait = backoff(e, attempt);
        if (wait == null || attempt >= attempts) {
          throw new SlackCallException(method, errorCode(e), e);
        }
        log.info("{} answered {}; trying again in {} ms", method, errorCode(e), wait.toMillis());
        try {
          sleeper.sleep(wait);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw new SlackCallException(method, "interrupted", ie);
        }
      }
    }
  }

  /** Web API calls by method and outcome (ok, error, ratelimited: the 429s), for /metrics. */
  private static void count(String method, String outcome) {
    Metrics.counter("kompis.slack.api.calls", "method", method, "outcome", outcome).increment();
  }

  private Duration backoff(Throwable e, int attempt) {
    if (e instanceof SlackApiException api) {
      int status = api.getResponse().code();
      if (status == 429) {
        String header = api.getResponse().header("Retry-After");
        long seconds = header == null ? 1 : parseLong(header, 1);
        Duration d = Duration.ofSeconds(Math.max(1, seconds));
        return d.compareTo(maxRetryAfter) > 0 ? null : d;
      }
      if (status < 500) {
        return null;
      }
    }
    long base = 250L << Math.min(attempt - 1, 5);
    return Duration.ofMillis(base + ThreadLocalRandom.current().nextLong(base));
  }

  private static String errorCode(Throwable e) {
    if (e instanceof SlackApiException api) {
      int status = api.getResponse().code();
      return status == 429 ? "ratelimited" : "http_" + status;
    }
    return e instanceof IOException ? "network_error" : e.getClass().getSimpleName();
  }

  private static long parseLong(String s, long fallback) {
    try {
      return Long.parseLong(s.trim());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  /** Carries the SDK's checked exceptions out of a lambda. */
  static final class WrappedException extends RuntimeException {
    WrappedException(Throwable cause) {
      super(cause);
    }
  }
}
