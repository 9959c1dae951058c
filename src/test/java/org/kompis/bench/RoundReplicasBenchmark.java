package org.kompis.bench;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.kompis.testing.FakeSlack;
import org.kompis.testing.Sql;
import org.kompis.testing.TestApp;
import org.kompis.testing.TestPostgres;

/**
 * One scheduled pair round of 2,000 people, fired at the same moment on three whole Kompis replicas sharing one
 * PostgreSQL database (each with its own fake Slack, so every call is counted where it was made): exactly one
 * round, every person in exactly one group, each group introduced once. Run with
 * {@code mvn -B -Pbench verify -Dbench.main=org.kompis.bench.RoundReplicasBenchmark}.
 */
public final class RoundReplicasBenchmark {
    private static final int PEOPLE = 2000;

    private RoundReplicasBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (!TestPostgres.available()) {
            throw new IllegalStateException(TestPostgres.failure());
        }
        String url = TestPostgres.freshDatabase();
        Instant friday = Instant.parse("2026-11-20T09:00:00Z");
        List<TestApp> apps = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                apps.add(TestApp.start("", friday, Map.of("KOMPIS_DB_URL", url)));
            }
            List<String> people = new ArrayList<>();
            for (int i = 0; i < PEOPLE; i++) {
                people.add(String.format("UP%05d", i));
            }
            for (TestApp app : apps) {
                for (int i = 0; i < PEOPLE; i++) {
                    app.slack.user(people.get(i), "Person " + i, i % 3 == 0 ? "sv-SE" : "nb-NO", false);
                }
            }
            apps.get(0).kit().jdbi().useTransaction(h -> {
                var batch = h.prepareBatch(
                        "insert into pairs_members(team_id, channel_id, user_id, joined_at) " + "values (?, ?, ?, ?)");
                for (String user : people) {
                    batch.add(FakeSlack.TEAM, TestApp.CHANNEL, user, friday.toEpochMilli());
                }
                batch.execute();
            });
            String answer =
                    apps.get(1).reply(apps.get(1).command(TestApp.MANAGER, "/pairs", "schedule weekly mon 09:00"));
            Instant monday = Instant.parse("2026-11-23T08:00:00Z");
            apps.forEach(app -> app.clock.set(monday));
            apps.forEach(app -> app.slack.reset());
            long cpu0 = CpuTime.jvmMillis();
            long pg0 = CpuTime.postgresMillis(url);
            long start = System.nanoTime();
            List<CompletableFuture<Integer>> fired = apps.stream()
                    .map(app -> CompletableFuture.supplyAsync(
                            () -> app.kit().scheduler().runDue()))
                    .toList();
            List<Integer> ran = fired.stream().map(CompletableFuture::join).toList();
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = (CpuTime.jvmMillis() - cpu0) / 1000.0;
            double pgCpu = (CpuTime.postgresMillis(url) - pg0) / 1000.0;
            var jdbi = apps.get(0).kit().jdbi();
            int rounds = Sql.count(jdbi, "select count(*) from pairs_rounds");
            int groups = Sql.count(jdbi, "select count(*) from pairs_groups");
            int placed = Sql.count(jdbi, "select count(distinct user_id) from pairs_group_members");
            int placements = Sql.count(jdbi, "select count(*) from pairs_group_members");
            int opens = apps.stream()
                    .mapToInt(a -> a.slack.calls("conversations.open").size())
                    .sum();
            Map<String, Long> introsPerGroup = apps.stream()
                    .flatMap(a -> a.slack.calls("conversations.open").stream())
                    .collect(Collectors.groupingBy(c -> String.valueOf(c.param("users")), Collectors.counting()));
            long twice = introsPerGroup.values().stream().filter(n -> n > 1).count();
            System.out.printf(
                    "%nOne pair round of %,d people, scheduled (%s), fired at once on three replicas%n%n",
                    PEOPLE, answer.length() > 60 ? answer.substring(0, 60) + "..." : answer);
            System.out.println(
                    "| replicas that ran it | rounds | groups | people placed (once each) | intros "
                            + "(conversations.open) | groups introduced twice | wall time | CPU (this JVM) | CPU (PostgreSQL) |");
            System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
            System.out.printf(
                    "| %s | %d | %,d | %,d of %,d (%,d placements) | %,d | %d | %.1f s | %.1f s | %.1f s |%n",
                    ran, rounds, groups, placed, PEOPLE, placements, opens, twice, seconds, cpu, pgCpu);
            System.out.printf(
                    "%nMachine: %d CPUs, load average %.2f at the end, %s %s%n",
                    Runtime.getRuntime().availableProcessors(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    System.getProperty("java.vm.name"),
                    System.getProperty("java.runtime.version"));
        } finally {
            apps.forEach(TestApp::close);
            TestPostgres.drop(url);
        }
        System.exit(0);
    }
}
