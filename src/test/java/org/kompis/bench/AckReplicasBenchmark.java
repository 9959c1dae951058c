package org.kompis.bench;

import io.javalin.Javalin;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kompis.Rituals;
import org.kompis.app.ConfigLoader;
import org.kompis.app.Kompis;
import org.kompis.testing.FakeSlack;
import org.kompis.testing.TestApp;
import org.kompis.testing.TestPostgres;

/**
 * Acknowledgement latency with Kompis on PostgreSQL: signed {@code /kompis help} commands at 200 a second, first all
 * to one Kompis, then spread round robin over three replicas on the same database, beside the bare Bolt floor. All
 * run in this JVM on this machine's cores (real replicas would each have their own), so the three-replica figure is
 * pessimistic. Run with {@code mvn -B -Pbench verify -Dbench.main=org.kompis.bench.AckReplicasBenchmark}.
 */
public final class AckReplicasBenchmark {
    private AckReplicasBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (!TestPostgres.available()) {
            throw new IllegalStateException(TestPostgres.failure());
        }
        int rate = Integer.getInteger("rate", 200);
        int seconds = Integer.getInteger("seconds", 20);
        String url = TestPostgres.freshDatabase();
        List<Kompis> replicas = new ArrayList<>();
        try (FakeSlack slack = TestApp.people(new FakeSlack())) {
            slack.delay(java.time.Duration.ofMillis(Integer.getInteger("slackMillis", 30)));
            Path dir = Files.createTempDirectory("kompis-bench-ack");
            Files.writeString(dir.resolve("kompis.yaml"), "default_language: en\n");
            for (int i = 0; i < 3; i++) {
                replicas.add(Kompis.start(
                        ConfigLoader.load(Map.of(
                                "PORT",
                                "0",
                                "SLACK_BOT_TOKEN",
                                FakeSlack.BOT_TOKEN,
                                "SLACK_SIGNING_SECRET",
                                AckBenchmark.SECRET,
                                "SLACK_API_URL",
                                slack.apiUrl(),
                                "KOMPIS_DB_URL",
                                url,
                                "KOMPIS_CONFIG",
                                dir.resolve("kompis.yaml").toString())),
                        Clock.systemUTC(),
                        true,
                        Rituals.all()));
            }
            List<String> urls = replicas.stream()
                    .map(k -> "http://127.0.0.1:" + k.port() + "/slack/events")
                    .toList();
            Javalin bare = AckBenchmark.bareBolt(slack.apiUrl());
            try {
                String bareUrl = "http://127.0.0.1:" + bare.port() + "/slack/events";
                AckBenchmark.run(bareUrl, slack, rate, 3);
                AckBenchmark.run(urls, slack, rate, 3);
                long cpu0 = CpuTime.jvmMillis();
                AckBenchmark.Result floor = AckBenchmark.run(bareUrl, slack, rate, seconds);
                long cpu1 = CpuTime.jvmMillis();
                AckBenchmark.Result one = AckBenchmark.run(urls.subList(0, 1), slack, rate, seconds);
                long cpu2 = CpuTime.jvmMillis();
                AckBenchmark.Result three = AckBenchmark.run(urls, slack, rate, seconds);
                long cpu3 = CpuTime.jvmMillis();
                System.out.printf(
                        "%nAck latency on PostgreSQL, %d signed slash commands/s for %d s each (%d cores, load average"
                                + " %.2f at the end, %s)%n%n",
                        rate,
                        seconds,
                        Runtime.getRuntime().availableProcessors(),
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                        System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
                System.out.println("| app | requests | errors | p50 ms | p99 ms | max ms | CPU s (this JVM) |");
                System.out.println("|---|---:|---:|---:|---:|---:|---:|");
                System.out.println(floor.row("bare Bolt, no-op handler (floor)") + cpu(cpu1 - cpu0));
                System.out.println(one.row("one Kompis on PostgreSQL") + cpu(cpu2 - cpu1));
                System.out.println(three.row("three Kompis replicas, round robin") + cpu(cpu3 - cpu2));
            } finally {
                bare.stop();
            }
        } finally {
            replicas.forEach(Kompis::close);
            TestPostgres.drop(url);
        }
        System.exit(0);
    }

    private static String cpu(long millis) {
        return String.format(" %.1f |", millis / 1000.0);
    }

    /** CPU time of this JVM (every replica, the fake Slack and the load generator), not wall time. */
}
