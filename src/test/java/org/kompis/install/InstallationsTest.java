package org.kompis.install;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kompis.storage.Database;
import org.kompis.testing.TestClock;

class InstallationsTest {
    @TempDir
    Path dir;

    Database db;
    TestClock clock = new TestClock(Instant.parse("2026-11-20T09:00:00Z"));
    AtomicInteger refreshes = new AtomicInteger();
    Installations installs;

    @BeforeEach
    void open() {
        db = Database.open("jdbc:sqlite:" + dir.resolve("kompis.db"));
        installs = new Installations(
                db.jdbi(),
                TokenCipher.of(TokenCipherTest.KEY, null),
                refresh -> {
                    int n = refreshes.incrementAndGet();
                    return new Rotation.Refreshed("xoxe.xoxb-new-" + n, "xoxe-1-new-" + n, 43_200);
                },
                clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    static DefaultInstaller install(String enterprise, String team, String token) {
        return DefaultInstaller.builder()
                .appId("A1")
                .enterpriseId(enterprise)
                .teamId(team)
                .isEnterpriseInstall(team == null)
                .installerUserId("UINSTALLER")
                .botUserId("UBOT")
                .botId("BBOT")
                .botAccessToken(token)
                .installedAt(1L)
                .build();
    }

    @Test
    void tokensInTheDatabaseAreUnreadableWithoutTheKey() {
        installs.saveInstallerAndBot(install(null, "T1", "xoxb-very-secret-token"));
        Map<String, Object> raw = db.jdbi()
                .withHandle(h ->
                        h.createQuery("select * from slack_bots").mapToMap().one());
        assertThat(raw.toString()).doesNotContain("very-secret").doesNotContain("xoxb");
        assertThat(installs.findBot(null, "T1").getBotAccessToken()).isEqualTo("xoxb-very-secret-token");

        Installations otherKey =
                new Installations(db.jdbi(), TokenCipher.of(TokenCipherTest.NEW_KEY, null), r -> null, clock);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> otherKey.findBot(null, "T1"))
                .isInstanceOf(TokenCipher.SealException.class);
    }

    @Test
    void findsTheOrgWideInstallFirstThenTheWorkspaceInTheOrgThenTheWorkspaceAlone() {
        installs.saveInstallerAndBot(install(null, "T1", "xoxb-alone"));
        assertThat(installs.findBot("E1", "T1").getBotAccessToken()).isEqualTo("xoxb-alone");
        installs.saveInstallerAndBot(install("E1", "T1", "xoxb-in-org"));
        assertThat(installs.findBot("E1", "T1").getBotAccessToken()).isEqualTo("xoxb-in-org");
        installs.saveInstallerAndBot(install("E1", null, "xoxb-org-wide"));
        assertThat(installs.findBot("E1", "T1").getBotAccessToken()).isEqualTo("xoxb-org-wide");
        assertThat(installs.findBot("E1", "T9").getBotAccessToken()).isEqualTo("xoxb-org-wide");
        assertThat(installs.findBot(null, "T1").getBotAccessToken()).isEqualTo("xoxb-alone");
        assertThat(installs.findBot(null, "T9")).isNull();
        assertThat(installs.findBot("E2", "T9")).isNull();
    }

    @Test
    void aJobThatKnowsOnlyItsTeamFindsItsOrgsInstall() {
        installs.saveInstallerAndBot(install("E1", null, "xoxb-org-wide"));
        assertThat(installs.botToken("T5")).isEmpty();
        installs.rememberOrg("E1", "T5");
        assertThat(installs.botToken("T5")).contains("xoxb-org-wide");
    }

    @Test
    void uninstallDeletesThatWorkspacesTokensAndNoOneElses() {
        installs.saveInstallerAndBot(install(null, "T1", "xoxb-1"));
        installs.saveInstallerAndBot(install(null, "T2", "xoxb-2"));
        installs.deleteAll(null, "T1");
        assertThat(installs.findBot(null, "T1")).isNull();
        assertThat(installs.findInstaller(null, "T1", "UINSTALLER")).isNull();
        assertThat(installs.findBot(null, "T2").getBotAccessToken()).isEqualTo("xoxb-2");
        assertThat(installs.findInstaller(null, "T2", "UINSTALLER").getInstallerUserId())
                .isEqualTo("UINSTALLER");
    }

    @Test
    void aTokenCloseToExpiryIsRefreshedOnceAndStoredAndBoltNeverSeesTheRefreshToken() {
        DefaultInstaller i = install(null, "T1", "xoxe.xoxb-first");
        i.setBotRefreshToken("xoxe-1-first");
        i.setBotTokenExpiresAt(clock.millis() + Duration.ofHours(12).toMillis());
        installs.saveInstallerAndBot(i);

        Bot early = installs.findBot(null, "T1");
        assertThat(early.getBotAccessToken()).isEqualTo("xoxe.xoxb-first");
        assertThat(early.getBotRefreshToken()).isNull();
        assertThat(refreshes).hasValue(0);

        clock.advance(Duration.ofHours(11));
        assertThat(installs.findBot(null, "T1").getBotAccessToken()).isEqualTo("xoxe.xoxb-new-1");
        assertThat(installs.findBot(null, "T1").getBotAccessToken()).isEqualTo("xoxe.xoxb-new-1");
        assertThat(refreshes).hasValue(1);
        String raw = db.jdbi()
                .withHandle(h -> h.createQuery("select refresh_token from slack_bots")
                        .mapTo(String.class)
                        .one());
        assertThat(raw).doesNotContain("new-1");
    }
}
