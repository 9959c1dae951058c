package org.kompis.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slack.api.bolt.model.builtin.DefaultInstaller;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kompis.storage.Database;
import org.kompis.testing.TestClock;

class RekeyTest {
  @TempDir
  Path dir;

  @Test
  void rekeyMovesEveryTokenToTheNewKeySoTheOldKeyCanGo() {
    TestClock clock = new TestClock(Instant.parse("2026-11-20T09:00:00Z"));
    try (Database db = Database.open("jdbc:sqlite:" + dir.resolve("k.db"))) {
      Installations before = new Installations(db.jdbi(), TokenCipher.of(TokenCipherTest.KEY, null), r -> null, clock);
      before.saveInstallerAndBot(InstallationsTest.install(null, "T1", "xoxb-one"));
      DefaultInstaller rotating = InstallationsTest.install("E1", null, "xoxe.xoxb-org");
      rotating.setBotRefreshToken("xoxe-1-org");
      rotating.setBotTokenExpiresAt(clock.millis() + 43_200_000L);
      before.saveInstallerAndBot(rotating);

      TokenCipher changing = TokenCipher.of(TokenCipherTest.NEW_KEY, TokenCipherTest.KEY);
      assertThat(Rekey.run(db.jdbi(), changing)).isEqualTo(2);
      assertThat(Rekey.run(db.jdbi(), changing)).as("nothing left to do").isZero();

      Installations after = new Installations(db.jdbi(), TokenCipher.of(TokenCipherTest.NEW_KEY, null), r -> null,
          clock);
      assertThat(after.findBot(null, "T1").getBotAccessToken()).isEqualTo("xoxb-one");
      assertThat(after.findBot("E1", "T7").getBotAccessToken()).isEqualTo("xoxe.xoxb-org");
      Installations oldKeyOnly = new Installations(db.jdbi(), TokenCipher.of(TokenCipherTest.KEY, null), r -> null,
          clock);
      assertThatThrownBy(() -> oldKeyOnly.findBot(null, "T1")).isInstanceOf(TokenCipher.SealException.class);
    }
  }
}
