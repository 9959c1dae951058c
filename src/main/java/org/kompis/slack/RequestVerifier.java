package org.kompis.slack;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;

/**
 * Checks Slack's {@code v0} request signature before Bolt sees a request. Bolt's own check compares with
 * {@code String.equals}, lets future timestamps through and signs with the JVM's default charset; this one
 * is constant-time, two-sided and byte-exact.
 */
public final class RequestVerifier {
    public static final long MAX_SKEW_SECONDS = 300;

    public enum Result {
        OK,
        MISSING_HEADERS,
        MALFORMED,
        STALE,
        BAD_SIGNATURE
    }

    private final byte[] secret;
    private final byte[] previous;
    private final Clock clock;

    public RequestVerifier(String signingSecret, Clock clock) {
        this(signingSecret, null, clock);
    }

    /**
     * With {@code previousSecret} (SLACK_SIGNING_SECRET_PREVIOUS) a request signed with either secret passes, so the
     * secret can be regenerated in Slack while Kompis runs; remove it once the new one is in place.
     */
    public RequestVerifier(String signingSecret, String previousSecret, Clock clock) {
        this.secret = signingSecret.getBytes(StandardCharsets.UTF_8);
        this.previous = previousSecret == null ? null : previousSecret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    public Result verify(String timestamp, String signature, byte[] body) {
        if (timestamp == null || signature == null) {
            return Result.MISSING_HEADERS;
        }
        long ts;
        try {
            ts = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            return Result.MALFORMED;
        }
        if (!signature.startsWith("v0=") || signature.length() != 67) {
            return Result.MALFORMED;
        }
        long now = clock.instant().getEpochSecond();
        if (Math.abs(now - ts) > MAX_SKEW_SECONDS) {
            return Result.STALE;
        }
        byte[] given = signature.getBytes(StandardCharsets.US_ASCII);
        boolean current = MessageDigest.isEqual(expected(secret, timestamp.trim(), body), given);
        // Both are always computed, so the time taken does not tell which secret matched.
        boolean old = previous != null && MessageDigest.isEqual(expected(previous, timestamp.trim(), body), given);
        return current || old ? Result.OK : Result.BAD_SIGNATURE;
    }

    private static byte[] expected(byte[] key, String timestamp, byte[] body) {
        return SlackSignature.of(key, timestamp, body).getBytes(StandardCharsets.US_ASCII);
    }
}
