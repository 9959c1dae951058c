package org.kompis.install;

import org.jdbi.v3.core.Jdbi;

/**
 * {@code kompis rekey}: re-seals every stored token under {@code KOMPIS_SECRET_KEY}, opening old ones with
 * {@code KOMPIS_SECRET_KEY_PREVIOUS}. Each row is rewritten only over the ciphertext it was read as, so a token
 * rotated meanwhile (already under the current key) is left alone.
 */
public final class Rekey {
    private Rekey() {}

    /** The number of rows re-sealed. */
    public static int run(Jdbi jdbi, TokenCipher cipher) {
        Sealing sealing = new Sealing(cipher);
        int done = 0;
        for (BotRow row : jdbi.withExtension(InstallRows.class, InstallRows::bots)) {
            if (cipher.isCurrent(row.botToken()) && cipher.isCurrent(row.refreshToken())) {
                continue;
            }
            String e = row.enterpriseId();
            String t = row.teamId();
            String token = sealing.seal(sealing.open(row.botToken(), row, "bot_token"), e, t, "bot_token");
            String refresh =
                    sealing.seal(sealing.open(row.refreshToken(), row, "refresh_token"), e, t, "refresh_token");
            done += jdbi.withExtension(InstallRows.class, r -> r.reseal(e, t, row.botToken(), token, refresh));
        }
        return done;
    }
}
