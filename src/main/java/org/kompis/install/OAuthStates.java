package org.kompis.install;

import com.slack.api.bolt.service.OAuthStateService;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import org.jdbi.v3.core.Jdbi;

/**
 * Bolt's {@link OAuthStateService} on Kompis's database (never Bolt's file store). Bolt also checks the state
 * against its cookie; here the state must exist, be unexpired, and be used once: the first check that succeeds
 * marks it used in one conditional update, so a replayed redirect (or two replicas) cannot install twice.
 */
public final class OAuthStates implements OAuthStateService {
    private final Jdbi jdbi;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public OAuthStates(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /**
     * A new state, stored with its expiry. A {@code team} the install is meant for travels inside it: the state comes
     * back from Slack unchanged and is checked against the database, so nobody can alter it on the way.
     */
    public String issue(String team) {
        String state = generateNewStateValue() + (team == null ? "" : "~" + team);
        addNewStateToDatastore(state);
        return state;
    }

    /** The workspace the install was meant for, from a state made by {@link #issue}; null if any. */
    public static String teamOf(String state) {
        int tilde = state == null ? -1 : state.indexOf('~');
        return tilde < 0 ? null : state.substring(tilde + 1);
    }

    /** 192 random bits, URL-safe. */
    @Override
    public String generateNewStateValue() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public void addNewStateToDatastore(String state) {
        long now = clock.millis();
        jdbi.useHandle(h -> {
            h.createUpdate("delete from oauth_states where expires_at < :now")
                    .bind("now", now)
                    .execute();
            h.createUpdate("insert into oauth_states(state, expires_at) values (:s, :at)")
                    .bind("s", state)
                    .bind("at", now + getExpirationInSeconds() * 1000)
                    .execute();
        });
    }

    @Override
    public boolean isAvailableInDatabase(String state) {
        long now = clock.millis();
        return jdbi.withHandle(h -> h.createUpdate(
                                "update oauth_states set used_at = :now where state = :s and used_at is null "
                                        + "and expires_at >= :now")
                        .bind("s", state)
                        .bind("now", now)
                        .execute())
                == 1;
    }

    @Override
    public void deleteStateFromDatastore(String state) {
        jdbi.useHandle(h -> h.createUpdate("delete from oauth_states where state = :s")
                .bind("s", state)
                .execute());
    }
}
