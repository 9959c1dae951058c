package org.kompis.insights;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.kompis.insights.InsightsStore.Session;

/**
 * Signed-in browsers, kept in the database so that any replica serves the next request. A session ends after
 * {@link #TTL} whatever happens, or at sign-out; the cookie holds a random token, the table only its hash.
 */
final class Sessions {
    static final Duration TTL = Duration.ofHours(8);

    private final Jdbi jdbi;
    private final Clock clock;

    Sessions(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Opens a session and returns the cookie value. */
    String open(String teamId, String userId) {
        String token = Secrets.token();
        InsightsStore store = jdbi.onDemand(InsightsStore.class);
        store.sweepSessions(clock.millis());
        store.addSession(
                Secrets.hash(token), teamId, userId, Secrets.token(), clock.millis(), clock.millis() + TTL.toMillis());
        return token;
    }

    Optional<Session> find(String cookie) {
        if (cookie == null || cookie.isBlank()) {
            return Optional.empty();
        }
        return jdbi.onDemand(InsightsStore.class).session(Secrets.hash(cookie), clock.millis());
    }

    void close(String cookie) {
        if (cookie != null) {
            jdbi.onDemand(InsightsStore.class).endSession(Secrets.hash(cookie));
        }
    }
}
