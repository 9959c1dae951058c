package org.kompis.install;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Token rotation (12-hour bot tokens with a refresh token), safe with many replicas. A refresh token works once:
 * two replicas refreshing together would leave one with {@code invalid_grant}. So a replica first claims the row (a
 * conditional update in the database), refreshes, and stores the new pair in one update guarded by the refresh
 * token it replaced. A replica that finds the row claimed keeps using the current token, which stays valid for
 * the two hours before expiry in which refreshing starts, or waits briefly for the new one.
 */
public final class Rotation {
    private static final Logger log = LoggerFactory.getLogger(Rotation.class);
    static final Duration AHEAD = Duration.ofHours(2);
    static final Duration CLAIM = Duration.ofSeconds(30);

    /** {@code oauth.v2.access} with {@code grant_type=refresh_token}. */
    public interface Refresh {
        Refreshed refresh(String refreshToken);
    }

    /** A new token pair; {@code expiresIn} in seconds, as Slack says it. */
    public record Refreshed(String accessToken, String refreshToken, long expiresIn) {}

    private final Jdbi jdbi;
    private final Sealing sealing;
    private final Refresh refresh;
    private final Clock clock;

    Rotation(Jdbi jdbi, Sealing sealing, Refresh refresh, Clock clock) {
        this.jdbi = jdbi;
        this.sealing = sealing;
        this.refresh = refresh;
        this.clock = clock;
    }

    /** {@code row}, or the row with a new token if it was due (refreshed here or by another replica). */
    BotRow fresh(BotRow row) {
        BotRow current = row;
        for (int attempt = 0; attempt < 50; attempt++) {
            long now = clock.millis();
            if (current.refreshToken() == null
                    || current.expiresAt() == null
                    || current.expiresAt() - now > AHEAD.toMillis()) {
                return current;
            }
            String e = current.enterpriseId();
            String t = current.teamId();
            String seen = current.refreshToken();
            boolean ours =
                    jdbi.withExtension(InstallRows.class, r -> r.claimRefresh(e, t, seen, now, now + CLAIM.toMillis()))
                            == 1;
            if (ours) {
                return refreshClaimed(current);
            }
            Optional<BotRow> reread = jdbi.withExtension(InstallRows.class, r -> r.bot(e, t));
            if (reread.isEmpty()) {
                return current;
            }
            current = reread.get();
            if (!seen.equals(current.refreshToken())) {
                continue; // rotated by another replica: check the new pair
            }
            if (current.expiresAt() > clock.millis()) {
                return current; // another replica is rotating, and the current token still works
            }
            sleep(100);
        }
        throw new IllegalStateException("the bot token of " + row.teamId() + " expired and no new one arrived");
    }

    private BotRow refreshClaimed(BotRow row) {
        String e = row.enterpriseId();
        String t = row.teamId();
        Refreshed pair;
        try {
            pair = refresh.refresh(sealing.open(row.refreshToken(), row, "refresh_token"));
        } catch (RuntimeException failure) {
            jdbi.useExtension(InstallRows.class, r -> r.releaseClaim(e, t));
            log.warn(
                    "Token rotation for workspace {} failed; the current token is used while it lasts",
                    key(row),
                    failure);
            if (row.expiresAt() > clock.millis()) {
                return row;
            }
            throw failure;
        }
        long now = clock.millis();
        String token = sealing.seal(pair.accessToken(), e, t, "bot_token");
        String next = sealing.seal(pair.refreshToken(), e, t, "refresh_token");
        long expiresAt = now + pair.expiresIn() * 1000;
        int stored = jdbi.withExtension(
                InstallRows.class, r -> r.storeRefreshed(e, t, row.refreshToken(), token, next, expiresAt, now));
        if (stored == 0) {
            // Reinstalled or uninstalled meanwhile: what is in the row now wins.
            return jdbi.withExtension(InstallRows.class, r -> r.bot(e, t)).orElse(row);
        }
        return new BotRow(
                e,
                t,
                row.appId(),
                row.enterpriseName(),
                row.enterpriseUrl(),
                row.teamName(),
                row.isEnterpriseInstall(),
                row.tokenType(),
                row.botId(),
                row.botUserId(),
                row.botScope(),
                token,
                next,
                expiresAt,
                row.installedAt());
    }

    private static String key(BotRow row) {
        return row.teamId().isEmpty() ? row.enterpriseId() : row.teamId();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a token refresh", e);
        }
    }
}
