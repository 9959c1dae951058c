package org.kompis.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slack.api.bolt.model.builtin.DefaultInstaller;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
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
            Installations before =
                    new Installations(db.jdbi(), TokenCipher.of(TokenCipherTest.KEY, null), r -> null, clock);
            before.saveInstallerAndBot(InstallationsTest.install(null, "T1", "xoxb-one"));
            DefaultInstaller rotating = InstallationsTest.install("E1", null, "xoxe.xoxb-org");
            rotating.setBotRefreshToken("xoxe-1-org");
            rotating.setBotTokenExpiresAt(clock.millis() + 43_200_000L);
            before.saveInstallerAndBot(rotating);

            TokenCipher changing = TokenCipher.of(TokenCipherTest.NEW_KEY, TokenCipherTest.KEY);
            assertThat(Rekey.run(db.jdbi(), changing)).isEqualTo(2);
            assertThat(Rekey.run(db.jdbi(), changing)).as("nothing left to do").isZero();

            Installations after =
                    new Installations(db.jdbi(), TokenCipher.of(TokenCipherTest.NEW_KEY, null), r -> null, clock);
            assertThat(after.findBot(null, "T1").getBotAccessToken()).isEqualTo("xoxb-one");
            assertThat(after.findBot("E1", "T7").getBotAccessToken()).isEqualTo("xoxe.xoxb-org");
            Installations oldKeyOnly =
                    new Installations(db.jdbi(), TokenCipher.of(TokenCipherTest.KEY, null), r -> null, clock);
            assertThatThrownBy(() -> oldKeyOnly.findBot(null, "T1")).isInstanceOf(TokenCipher.SealException.class);
        }
    }

    @Test
    void javaJarKompisRekeyDoesItFromTheCommandLine() throws Exception {
        TestClock clock = new TestClock(Instant.parse("2026-11-20T09:00:00Z"));
        String url = "jdbc:sqlite:" + dir.resolve("cli.db");
        try (Database db = Database.open(url)) {
            new Installations(db.jdbi(), TokenCipher.of(TokenCipherTest.KEY, null), r -> null, clock)
                    .saveInstallerAndBot(InstallationsTest.install(null, "T1", "xoxb-cli"));
        }
        ProcessBuilder pb = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "org.kompis.Main",
                "rekey");
        pb.environment().keySet().removeIf(k -> k.startsWith("SLACK_") || k.startsWith("KOMPIS_"));
        pb.environment().put("KOMPIS_DB_URL", url);
        pb.environment().put("KOMPIS_SECRET_KEY", TokenCipherTest.NEW_KEY);
        pb.environment().put("KOMPIS_SECRET_KEY_PREVIOUS", TokenCipherTest.KEY);
        pb.redirectErrorStream(true);
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("1 installation(s) re-encrypted");
        try (Database db = Database.open(url)) {
            assertThat(new Installations(db.jdbi(), TokenCipher.of(TokenCipherTest.NEW_KEY, null), r -> null, clock)
                            .findBot(null, "T1")
                            .getBotAccessToken())
                    .isEqualTo("xoxb-cli");
        }
    }
}
