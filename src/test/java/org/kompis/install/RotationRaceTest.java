package org.kompis.install;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.bolt.model.builtin.DefaultInstaller;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kompis.storage.Database;
import org.kompis.testing.TestClock;

/** Replicas sharing one database rotate a token once: Slack's refresh tokens are single use. */
class RotationRaceTest {
    @TempDir
    Path dir;

    @Test
    void manyReplicasAtExpiryRefreshOnceAndAllGetTheNewToken() throws Exception {
        TestClock clock = new TestClock(Instant.parse("2026-11-20T09:00:00Z"));
        Set<String> used = ConcurrentHashMap.newKeySet();
        AtomicInteger accepted = new AtomicInteger();
        Rotation.Refresh slack = refresh -> {
            sleep(150); // a slow Slack widens the window in which a second replica could race
            if (!used.add(refresh)) {
                throw new IllegalStateException("invalid_grant");
            }
            return new Rotation.Refreshed(
                    "xoxe.xoxb-" + accepted.incrementAndGet(), "xoxe-1-" + accepted.get(), 43_200);
        };
        // Two replicas: separate Installations (and Rotation) over the same file, as two processes would be on
        // PostgreSQL.
        try (Database a = Database.open("jdbc:sqlite:" + dir.resolve("k.db"))) {
            TokenCipher cipher = TokenCipher.of(TokenCipherTest.KEY, null);
            Installations one = new Installations(a.jdbi(), cipher, slack, clock);
            Installations two = new Installations(a.jdbi(), cipher, slack, clock);
            DefaultInstaller i = InstallationsTest.install(null, "T1", "xoxe.xoxb-0");
            i.setBotRefreshToken("xoxe-1-0");
            i.setBotTokenExpiresAt(clock.millis() + Duration.ofHours(12).toMillis());
            one.saveInstallerAndBot(i);
            clock.advance(Duration.ofHours(12).plusMinutes(1)); // expired: nobody may use the old token

            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<String>> tokens = new ArrayList<>();
            for (int n = 0; n < 8; n++) {
                Installations replica = n % 2 == 0 ? one : two;
                tokens.add(pool.submit(() -> replica.findBot(null, "T1").getBotAccessToken()));
            }
            for (Future<String> t : tokens) {
                assertThat(t.get()).isEqualTo("xoxe.xoxb-1");
            }
            pool.shutdown();
            assertThat(accepted).hasValue(1);
            assertThat(used).containsExactly("xoxe-1-0");
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
