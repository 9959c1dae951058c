package org.kompis.install;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals Slack tokens for the database with AES-GCM. A sealed token names the key it was sealed with (a hash, not the
 * key), so during a key change the previous key still opens old rows while new ones use the current key, and
 * {@code kompis rekey} re-seals the rest. Each token is bound to its row ({@code context} is authenticated data):
 * a ciphertext copied into another workspace's row does not open.
 */
public final class TokenCipher {
    private static final String PREFIX = "gcm1";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private record Key(String id, SecretKeySpec spec) {}

    private final Key current;
    private final Key previous;
    private final SecureRandom random = new SecureRandom();

    private TokenCipher(Key current, Key previous) {
        this.current = current;
        this.previous = previous;
    }

    /**
     * From {@code KOMPIS_SECRET_KEY} and, during a key change, {@code KOMPIS_SECRET_KEY_PREVIOUS} (may be null). A
     * missing or malformed key is an {@link IllegalArgumentException} whose message names it and says the fix.
     */
    public static TokenCipher of(String currentKey, String previousKey) {
        if (currentKey == null || currentKey.isBlank()) {
            throw new IllegalArgumentException(
                    "KOMPIS_SECRET_KEY is not set: Kompis encrypts Slack tokens with it. Generate one "
                            + "with 'openssl rand -base64 32' and keep it apart from the database backups.");
        }
        Key now = key("KOMPIS_SECRET_KEY", currentKey);
        Key before =
                previousKey == null || previousKey.isBlank() ? null : key("KOMPIS_SECRET_KEY_PREVIOUS", previousKey);
        return new TokenCipher(now, before);
    }

    private static Key key(String name, String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " must be base64 (generate one with 'openssl rand -base64 32').");
        }
        if (bytes.length != 32) {
            throw new IllegalArgumentException(name + " must be 32 random bytes in base64, not " + bytes.length
                    + " bytes (generate one with 'openssl rand -base64 32').");
        }
        return new Key(keyId(bytes), new SecretKeySpec(bytes, "AES"));
    }

    /** A short public name for a key: a hash with a fixed label, so it says nothing about the key itself. */
    private static String keyId(byte[] key) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("kompis token key id".getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(sha.digest(key), 0, 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The sealed form of {@code token} for the row named by {@code context}; null stays null. */
    public String seal(String token, String context) {
        if (token == null) {
            return null;
        }
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, current.spec(), iv, context, token.getBytes(StandardCharsets.UTF_8));
        byte[] out = new byte[IV_BYTES + sealed.length];
        System.arraycopy(iv, 0, out, 0, IV_BYTES);
        System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
        return PREFIX + ":" + current.id() + ":"
                + Base64.getEncoder().withoutPadding().encodeToString(out);
    }

    /** The token sealed for {@code context}; throws {@link SealException} if no key we hold opens it. */
    public String open(String sealed, String context) {
        if (sealed == null) {
            return null;
        }
        String[] parts = sealed.split(":", 3);
        if (parts.length != 3 || !parts[0].equals(PREFIX)) {
            throw new SealException("not a sealed token");
        }
        Key key = parts[1].equals(current.id())
                ? current
                : previous != null && parts[1].equals(previous.id()) ? previous : null;
        if (key == null) {
            throw new SealException("sealed with key " + parts[1] + ", which is neither KOMPIS_SECRET_KEY nor "
                    + "KOMPIS_SECRET_KEY_PREVIOUS");
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(parts[2]);
        } catch (IllegalArgumentException e) {
            throw new SealException("damaged ciphertext");
        }
        if (raw.length <= IV_BYTES) {
            throw new SealException("damaged ciphertext");
        }
        byte[] iv = java.util.Arrays.copyOf(raw, IV_BYTES);
        byte[] body = java.util.Arrays.copyOfRange(raw, IV_BYTES, raw.length);
        return new String(run(Cipher.DECRYPT_MODE, key.spec(), iv, context, body), StandardCharsets.UTF_8);
    }

    /** Whether {@code sealed} is under the current key (else {@code rekey} has work to do). */
    public boolean isCurrent(String sealed) {
        return sealed == null || sealed.startsWith(PREFIX + ":" + current.id() + ":");
    }

    private static byte[] run(int mode, SecretKeySpec key, byte[] iv, String context, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new SealException("the token does not open with this key for this row");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /** A sealed token that cannot be opened: a wrong or missing key, or a ciphertext moved or changed. */
    public static final class SealException extends RuntimeException {
        SealException(String message) {
            super(message);
        }
    }
}
