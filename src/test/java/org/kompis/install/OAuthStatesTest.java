package org.kompis.install;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kompis.storage.Database;
import org.kompis.testing.TestClock;

class OAuthStatesTest {
    @TempDir
    Path dir;

    @Test
    void aStateIsStoredWorksOnceAndExpiresAfterTenMinutes() {
        TestClock clock = new TestClock(Instant.parse("2026-11-20T09:00:00Z"));
        try (Database db = Database.open("jdbc:sqlite:" + dir.resolve("k.db"))) {
            OAuthStates states = new OAuthStates(db.jdbi(), clock);
            String once = states.issue(null);
            String late = states.issue("T0ABC");
            assertThat(once).isNotEqualTo(late).hasSizeGreaterThanOrEqualTo(32);
            assertThat(OAuthStates.teamOf(late)).isEqualTo("T0ABC");
            assertThat(OAuthStates.teamOf(once)).isNull();

            assertThat(states.isAvailableInDatabase("made-up")).isFalse();
            assertThat(states.isAvailableInDatabase(once)).isTrue();
            assertThat(states.isAvailableInDatabase(once))
                    .as("a replayed redirect")
                    .isFalse();
            states.deleteStateFromDatastore(once);

            clock.advance(Duration.ofMinutes(10).plusSeconds(1));
            assertThat(states.isAvailableInDatabase(late)).isFalse();
            states.issue(null);
            int left = db.jdbi()
                    .withHandle(h -> h.createQuery("select count(*) from oauth_states")
                            .mapTo(Integer.class)
                            .one());
            assertThat(left).as("expired states are cleared").isEqualTo(1);
        }
    }
}
