package org.kompis.slack;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import io.micrometer.core.instrument.Metrics;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
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

    /** Calls that create something visible and cannot be asked about afterwards. */
    static final java.util.Set<String> POSTS = java.util.Set.of(
            "chat.postMessage", "files.uploadV2", "files.completeUploadExternal", "chat.postEphemeral");

    /** Told when a form could not be opened for good: the trigger and Slack's error. */
    public interface FormNotOpened {
        void tell(String triggerId, String error);
    }

    /** Told when a form opened: the trigger it was opened with and the view's id. */
    public interface FormOpened {
        void opened(String triggerId, String viewId);
    }

    /** Told when Slack refuses a workspace's token: every call would fail the same way until someone acts. */
    public interface AccessLost {
        void lost(String teamId, String error);
    }

    /** The errors that say the token no longer works (revoked, deactivated, or its encryption key withdrawn). */
    public static final Set<String> ACCESS_LOST =
            Set.of("invalid_auth", "token_revoked", "account_inactive", "ekm_access_denied", "not_authed");

    private volatile FormNotOpened formNotOpened = (trigger, error) -> {};
    private volatile AccessLost accessLost = (team, error) -> {};
    private volatile FormOpened formOpened = (trigger, view) -> {};
    private final Slack slack;
    private final Tokens tokens;
    private final Sleeper sleeper;
    private final int maxAttempts;
    private final Duration maxRetryAfter;
    /** Each workspace's 429 pauses; {@link ModalOpener} waits by them too. */
    final Pauses pauses = new Pauses(System::nanoTime);

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

    public void onFormNotOpened(FormNotOpened listener) {
        this.formNotOpened = listener;
    }

    public void onFormOpened(FormOpened listener) {
        this.formOpened = listener;
    }

    public void onAccessLost(AccessLost listener) {
        this.accessLost = listener;
    }

    private void accessLost(String teamId, String error) {
        try {
            accessLost.lost(teamId, error);
        } catch (RuntimeException e) {
            log.warn("Could not record that a workspace's token was refused", e);
        }
    }

    void formOpened(String triggerId, String viewId) {
        try {
            formOpened.opened(triggerId, viewId);
        } catch (RuntimeException e) {
            log.warn("Could not record which workspace a form was opened for", e);
        }
    }

    void formNotOpened(String triggerId, String error) {
        try {
            formNotOpened.tell(triggerId, error);
        } catch (RuntimeException e) {
            log.warn("Could not tell a person their form did not open", e);
        }
    }

    /** The calls Kompis makes, bound to one workspace. */
    public TeamClient team(String teamId) {
        return new TeamClient(this, teamId);
    }

    <T extends SlackApiTextResponse> T call(
            String teamId, String method, Function<MethodsClient, T> call, boolean retry) {
        MethodsClient client = slack.methods(tokens.botToken(teamId), teamId);
        int attempts = retry ? maxAttempts : 1;
        String key = Pauses.key(teamId, method);
        Throwable refused = null;
        Duration own = null;
        for (int attempt = 1; ; attempt++) {
            if (retry) {
                pauses.waitOut(key, method, own, refused, maxRetryAfter, sleeper);
            }
            try {
                T response = call.apply(client);
                pauses.answered(key);
                count(method, response.isOk() ? "ok" : "error");
                if (!response.isOk()) {
                    if (ACCESS_LOST.contains(response.getError())) {
                        accessLost(teamId, response.getError());
                    }
                    throw new SlackCallException(method, response.getError(), null);
                }
                if (response.getWarning() != null) {
                    log.debug("{} warned: {}", method, response.getWarning());
                }
                return response;
            } catch (WrappedException wrapped) {
                Throwable e = wrapped.getCause();
                boolean limited = "ratelimited".equals(errorCode(e));
                count(method, limited ? "ratelimited" : "error");
                if (limited) {
                    pauses.refused(key, Pauses.retryAfter((SlackApiException) e));
                } else {
                    pauses.answered(key);
                }
                boolean uncertain = mayHaveLanded(e);
                if (uncertain && POSTS.contains(method)) {
                    // Slack may have posted it: chat.postMessage has no idempotency key, so trying again could post
                    // twice.
                    throw new SlackCallException(method, errorCode(e), e, true);
                }
                Duration wait = backoff(e, attempt);
                if (wait == null || attempt >= attempts) {
                    throw new SlackCallException(method, errorCode(e), e, uncertain && !retry);
                }
                if (limited) {
                    // Waited out at the top of the next try, as far as the workspace's pause allows.
                    own = wait;
                    refused = e;
                    continue;
                }
                log.info("{} answered {}; trying again in {} ms", method, errorCode(e), wait.toMillis());
                sleep(method, wait);
            }
        }
    }

    private void sleep(String method, Duration wait) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw new SlackCallException(method, "interrupted", ie);
        }
    }

    /** Threads now waiting out a 429, in every workspace together (each workspace's method holds at most two). */
    public int waitingOn429s() {
        return pauses.sleeping();
    }

    /** Web API calls by method and outcome (ok, error, ratelimited: the 429s), for /metrics. */
    private static void count(String method, String outcome) {
        Metrics.counter("kompis.slack.api.calls", "method", method, "outcome", outcome)
                .increment();
    }

    /**
     * A 429 or a refused connection means Slack did nothing; a 5xx, a read timeout or a connection reset after the
     * request was sent means it may have done it.
     */
    static boolean mayHaveLanded(Throwable e) {
        if (e instanceof SlackApiException api) {
            return api.getResponse().code() >= 500;
        }
        return !(e instanceof java.net.ConnectException
                || e instanceof java.net.UnknownHostException
                || e instanceof java.net.NoRouteToHostException);
    }

    private Duration backoff(Throwable e, int attempt) {
        if (e instanceof SlackApiException api) {
            int status = api.getResponse().code();
            if (status == 429) {
                Duration d = Pauses.retryAfter(api);
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

    /** Carries the SDK's checked exceptions out of a lambda. */
    static final class WrappedException extends RuntimeException {
        WrappedException(Throwable cause) {
            super(cause);
        }
    }
}
