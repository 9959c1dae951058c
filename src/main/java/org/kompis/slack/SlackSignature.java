package org.kompis.slack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's {@code v0} request signature: HMAC-SHA256 over {@code v0:<timestamp>:<body>} with the signing secret,
 * byte-exact (the body as sent, never re-encoded). {@link RequestVerifier} checks requests against it.
 */
public final class SlackSignature {
    private SlackSignature() {}

    /** {@code v0=} and the hex digest Slack sends in {@code X-Slack-Signature}. */
    public static String of(byte[] secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.US_ASCII));
            mac.update(body);
            return "v0=" + HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    public static String of(String secret, String timestamp, byte[] body) {
        return of(secret.getBytes(StandardCharsets.UTF_8), timestamp, body);
    }
}
