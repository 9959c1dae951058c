package org.kompis.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TokenCipherTest {
    static final String KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
    static final String NEW_KEY = "ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=";

    @Test
    void sealsSoTheTokenIsNotInTheCiphertextAndOpensAgain() {
        TokenCipher cipher = TokenCipher.of(KEY, null);
        String sealed = cipher.seal("xoxb-secret-123", "row-1");
        assertThat(sealed).startsWith("gcm1:").doesNotContain("xoxb").doesNotContain("secret");
        assertThat(cipher.seal("xoxb-secret-123", "row-1"))
                .as("a fresh nonce each time")
                .isNotEqualTo(sealed);
        assertThat(cipher.open(sealed, "row-1")).isEqualTo("xoxb-secret-123");
    }

    @Test
    void aTokenMovedToAnotherRowDoesNotOpen() {
        TokenCipher cipher = TokenCipher.of(KEY, null);
        String sealed = cipher.seal("xoxb-a", "slack_bots||TA|bot_token");
        assertThatThrownBy(() -> cipher.open(sealed, "slack_bots||TB|bot_token"))
                .isInstanceOf(TokenCipher.SealException.class);
    }

    @Test
    void duringAKeyChangeThePreviousKeyStillOpensOldRows() {
        String old = TokenCipher.of(KEY, null).seal("xoxb-old", "r");
        TokenCipher changing = TokenCipher.of(NEW_KEY, KEY);
        assertThat(changing.open(old, "r")).isEqualTo("xoxb-old");
        assertThat(changing.isCurrent(old)).isFalse();
        assertThat(changing.isCurrent(changing.seal("xoxb-new", "r"))).isTrue();
        assertThatThrownBy(() -> TokenCipher.of(NEW_KEY, null).open(old, "r"))
                .isInstanceOf(TokenCipher.SealException.class)
                .hasMessageContaining("KOMPIS_SECRET_KEY_PREVIOUS");
    }

    @Test
    void aMissingOrShortKeyStopsStartWithHowToMakeOne() {
        assertThatThrownBy(() -> TokenCipher.of(null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("openssl rand -base64 32");
        assertThatThrownBy(() -> TokenCipher.of("c2hvcnQ=", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32 random bytes");
        assertThatThrownBy(() -> TokenCipher.of("not base64!", null)).isInstanceOf(IllegalArgumentException.class);
    }
}
