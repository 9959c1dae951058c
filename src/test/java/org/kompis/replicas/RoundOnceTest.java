package org.kompis.replicas;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kompis.testing.Sql;
import org.kompis.testing.TestApp;
import org.kompis.testing.TestDatabases;

/** Two whole Kompis replicas on one PostgreSQL database: a scheduled pair round fires on both and happens once. */
class RoundOnceTest {
    @TempDir
    Path dir;

    @Test
    void aScheduledPairRoundFiringOnTwoReplicasMatchesAndIntroducesOnce() throws Exception {
        Assumptions.assumeTrue(TestDatabases.postgresql(), "several replicas need PostgreSQL");
        String url = TestDatabases.fresh(dir, "k.db");
        Instant friday = Instant.parse("2026-11-20T09:00:00Z");
        try (TestApp a = TestApp.start("", friday, Map.of("KOMPIS_DB_URL", url));
                TestApp b = TestApp.start("", friday, Map.of("KOMPIS_DB_URL", url))) {
            for (String user : List.of(TestApp.KARI, TestApp.SVEN, TestApp.OLA, TestApp.EMMA)) {
                a.reply(a.command(user, "/pairs", "join"));
            }
            assertThat(b.reply(b.command(TestApp.MANAGER, "/pairs", "schedule weekly mon 09:00")))
                    .contains("mandag");
            Instant monday = Instant.parse("2026-11-23T08:00:00Z");
            a.clock.set(monday);
            b.clock.set(monday);
            CompletableFuture<Integer> onA =
                    CompletableFuture.supplyAsync(() -> a.kit().scheduler().runDue());
            CompletableFuture<Integer> onB =
                    CompletableFuture.supplyAsync(() -> b.kit().scheduler().runDue());
            assertThat(onA.get() + onB.get()).as("one replica claims the run").isEqualTo(1);
            assertThat(Sql.count(a.kit().jdbi(), "select count(*) from pairs_rounds where status = 'matched'"))
                    .isEqualTo(1);
            int groups = Sql.count(a.kit().jdbi(), "select count(*) from pairs_groups");
            assertThat(groups).isEqualTo(2);
            assertThat(a.slack.calls("conversations.open").size()
                            + b.slack.calls("conversations.open").size())
                    .as("each group is introduced once")
                    .isEqualTo(groups);
            assertThat(a.kit().scheduler().runDue() + b.kit().scheduler().runDue())
                    .isZero();
        }
    }
}
