package org.kompis.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.kompis.cluster.Replica;
import org.kompis.delivery.Outbox;
import org.kompis.delivery.SenderProcess;
import org.kompis.storage.Database;
import org.kompis.testing.FakeSlack;
import org.kompis.testing.Sql;
import org.kompis.testing.TestPostgres;

/**
 * Three replicas on one PostgreSQL database fan one prompt out to 5,000 channels against a fake Slack that caps the
 * workspace at 200 (then 50, 400) messages a second without telling Kompis, which starts at 20 and finds the rate;
 * then the same with one of three replica processes killed with SIGKILL half-way. Not a test: run with
 * {@code mvn -B -o -Pbench verify -Dbench.main=org.kompis.bench.ReplicasBenchmark} (needs Debian's postgresql).
 */
public final class ReplicasBenchmark {
    private static final int CHANNELS = 5000;
    private static final double START = 20;
    private static final String RUN = "weekly:2026-11-20";

    private ReplicasBenchmark() {}

    /** {@code lost}: channels without their post whose row is not marked uncertain either (lost silently). */
    private record Result(
            String name, double cap, double seconds, int posted, int lost, int duplicates, int refused, String note) {}

    public static void main(String[] args) throws Exception {
        if (!TestPostgres.available()) {
            throw new IllegalStateException(TestPostgres.failure());
        }
        // -Dbench.args=200,kill runs a part: caps for the in-process runs, "kill" for the run with a replica killed.
        List<String> parts = args.length == 0 || "all".equals(args[0])
                ? List.of("200", "50", "400", "kill")
                : List.of(args[0].split(","));
        List<Result> results = new ArrayList<>();
        for (String part : parts) {
            results.add("kill".equals(part) ? killed(200) : inProcess(Double.parseDouble(part)));
        }
        System.out.println();
        System.out.println("| run | cap (msg/s, not told) | wall time | floor | vs floor | posts | lost | duplicates "
                + "| 429s | notes |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        for (Result r : results) {
            double floor = CHANNELS / r.cap();
            System.out.printf(
                    "| %s | %.0f | %.1f s | %.1f s | %.2fx | %,d | %d | %d | %,d | %s |%n",
                    r.name(),
                    r.cap(),
                    r.seconds(),
                    floor,
                    r.seconds() / floor,
                    r.posted(),
                    r.lost(),
                    r.duplicates(),
                    r.refused(),
                    r.note());
        }
        System.out.printf(
                "%nMachine: %d CPUs, load average %.2f at the end, %s %s (%s)%n",
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"),
                System.getProperty("os.name"));
        System.exit(0);
    }

    /** Three replicas in this JVM, each with its own pool, check-ins and outbox, as three processes would have. */
    private static Result inProcess(double cap) throws Exception {
        String url = TestPostgres.freshDatabase();
        try (FakeSlack slack = fakeSlack(cap)) {
            List<Database> dbs = new ArrayList<>();
            List<Replica> replicas = new ArrayList<>();
            List<Outbox> outboxes = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                Database db = Database.open(url);
                Replica replica = new Replica(db.jdbi());
                replica.start();
                dbs.add(db);
                replicas.add(replica);
                outboxes.add(SenderProcess.outbox(db.jdbi(), slack.apiUrl(), START, replica));
            }
            SenderProcess.enqueue(dbs.get(0).jdbi(), RUN, CHANNELS);
            long cpu0 = CpuTime.jvmMillis();
            long pg0 = CpuTime.postgresMillis(url);
            long start = System.nanoTime();
            outboxes.forEach(Outbox::start);
            while (Sql.count(dbs.get(0).jdbi(), "select count(*) from outbox where status in ('pending', 'sending')")
                    > 0) {
                Thread.sleep(20);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            String cpu = CpuTime.note(CpuTime.jvmMillis() - cpu0, CpuTime.postgresMillis(url) - pg0);
            String rate = Sql.one(
                    dbs.get(0).jdbi(),
                    "select cast(round(cast(per_second as numeric), 0) as text) " + "from send_rates",
                    String.class);
            outboxes.forEach(Outbox::close);
            replicas.forEach(Replica::close);
            dbs.forEach(Database::close);
            Map<String, Long> per = perChannel(slack);
            return new Result(
                    "3 replicas, one JVM",
                    cap,
                    seconds,
                    total(per),
                    lost(per),
                    duplicates(per),
                    slack.refused(),
                    "rate found: " + rate + " msg/s; " + cpu);
        } finally {
            TestPostgres.drop(url);
        }
    }

    /** Three replica processes; the first is killed with SIGKILL half-way, the other two finish. */
    private static Result killed(double cap) throws Exception {
        String url = TestPostgres.freshDatabase();
        Path dir = Files.createTempDirectory("kompis-bench-replicas");
        try (FakeSlack slack = fakeSlack(cap)) {
            try (Database db = Database.open(url)) {
                SenderProcess.enqueue(db.jdbi(), RUN, CHANNELS);
            }
            long start = System.nanoTime();
            List<Process> children = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                children.add(SenderProcess.spawn(url, slack.apiUrl(), START, dir.resolve("replica" + i + ".log")));
            }
            while (slack.calls("chat.postMessage").size() < CHANNELS / 2) {
                Thread.sleep(5);
            }
            children.get(0).destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            int onTheirWay;
            try (Database db = Database.open(url)) {
                onTheirWay = Sql.count(
                        db.jdbi(), "select count(*) from outbox where status = 'sending' and posting_at is not null");
            }
            for (Process p : children.subList(1, 3)) {
                if (!p.waitFor(10, TimeUnit.MINUTES)) {
                    throw new IllegalStateException("a replica did not finish; see " + dir);
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Map<String, Long> per = perChannel(slack);
            List<String> uncertain;
            try (Database db = Database.open(url)) {
                uncertain = Sql.strings(db.jdbi(), "select channel_id from outbox where error like 'uncertain%'");
            }
            int reached = (int) uncertain.stream().filter(per::containsKey).count();
            int duplicates = duplicates(per);
            return new Result(
                    "3 replica JVMs, one killed (kill -9) at 2,500 posts",
                    cap,
                    seconds,
                    total(per),
                    lost(per) - (uncertain.size() - reached),
                    duplicates,
                    slack.refused(),
                    onTheirWay + " rows on their way to Slack at the kill (all replicas); the killed replica's "
                            + uncertain.size() + " failed as uncertain and their ritual told, not re-posted ("
                            + reached + " had reached Slack, " + (uncertain.size() - reached) + " had not); "
                            + "its rows wait 20 s until it counts as dead");
        } finally {
            TestPostgres.drop(url);
        }
    }

    /** Slack with the cap, answering after {@code -DslackMillis} (the bench profile's 30 ms), as over a network. */
    private static FakeSlack fakeSlack(double cap) {
        return new FakeSlack()
                .cap("chat.postMessage", cap)
                .delay(java.time.Duration.ofMillis(Long.getLong("slackMillis", 0)));
    }

    private static Map<String, Long> perChannel(FakeSlack slack) {
        return slack.calls("chat.postMessage").stream()
                .collect(Collectors.groupingBy(c -> c.param("channel"), Collectors.counting()));
    }

    private static int total(Map<String, Long> per) {
        return (int) per.values().stream().mapToLong(Long::longValue).sum();
    }

    private static int lost(Map<String, Long> per) {
        int lost = 0;
        for (int i = 0; i < CHANNELS; i++) {
            lost += per.containsKey(SenderProcess.channel(i)) ? 0 : 1;
        }
        return lost;
    }

    private static int duplicates(Map<String, Long> per) {
        return (int) per.values().stream().mapToLong(n -> n - 1).sum();
    }
}
