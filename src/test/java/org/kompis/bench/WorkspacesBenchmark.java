package org.kompis.bench;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kompis.delivery.Delivery;
import org.kompis.delivery.Message;
import org.kompis.delivery.Outbox;
import org.kompis.delivery.OutboxStore;
import org.kompis.delivery.Post;
import org.kompis.slack.Blocks;
import org.kompis.slack.SlackGateway;
import org.kompis.storage.Database;
import org.kompis.testing.FakeSlack;
import org.kompis.testing.Sql;

/**
 * Fair sharing across workspaces (issue 16): one weekly prompt to every channel of 50 workspaces x 200 channels,
 * through the real outbox over a SQLite file, against the fake Slack capping each workspace's token at 100 messages a
 * second (Kompis is told 100). Three runs: one workspace alone (the floor), all 50, and all 50 while Slack answers one
 * of them only with 429 for a minute. Not a test: run with
 * {@code mvn -B -o -Pbench verify -Dbench.main=org.kompis.bench.WorkspacesBenchmark} ({@code -Dbench.args=5,50,10}
 * for 5 workspaces x 50 channels and 10 s of 429s).
 */
public final class WorkspacesBenchmark {
    private static final double CAP = 100;
    private static final String KIND = "bench.prompt";

    private WorkspacesBenchmark() {}

    /** {@code othersDone}: when the last post of every workspace but the refused one was recorded, from the start. */
    private record Result(
            String name, int workspaces, double seconds, double othersDone, int posted, int lost, int duplicates) {}

    public static void main(String[] args) throws Exception {
        String[] a = args.length == 0 || "all".equals(args[0]) ? new String[0] : args[0].split(",");
        int workspaces = a.length > 0 ? Integer.parseInt(a[0]) : 50;
        int channels = a.length > 1 ? Integer.parseInt(a[1]) : 200;
        int refuseSeconds = a.length > 2 ? Integer.parseInt(a[2]) : 60;
        double floor = channels / CAP;
        run("warm-up, not shown", 1, 50, 0);
        Result alone = run("one workspace alone", 1, channels, 0);
        Result all = run(workspaces + " workspaces", workspaces, channels, 0);
        Result refused = run(
                workspaces + " workspaces, one answering only 429 for " + refuseSeconds + " s",
                workspaces,
                channels,
                refuseSeconds);
        System.out.println();
        System.out.printf(
                "%d workspaces x %d channels, each workspace capped at %.0f msg/s (one workspace's floor %.1f s; "
                        + "its bucket starts full)%n%n",
                workspaces, channels, CAP, floor);
        System.out.println("| run | workspaces | wall time | vs floor | others done | vs floor | posts | lost "
                + "| duplicates |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Result r : List.of(alone, all, refused)) {
            System.out.printf(
                    "| %s | %d | %.1f s | %.2fx | %.1f s | %.2fx | %,d | %d | %d |%n",
                    r.name(),
                    r.workspaces(),
                    r.seconds(),
                    r.seconds() / floor,
                    r.othersDone(),
                    r.othersDone() / floor,
                    r.posted(),
                    r.lost(),
                    r.duplicates());
        }
        double delay = refused.othersDone() - all.othersDone();
        System.out.println();
        System.out.printf(
                "The refused workspace's delay to the others: %.1f s (others done %.1f s with it refusing, %.1f s "
                        + "without).%n",
                delay, refused.othersDone(), all.othersDone());
        System.out.printf(
                "Machine: %d CPUs, load average %.2f at the end, %s %s (%s)%n",
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"),
                System.getProperty("os.name"));
        boolean ok = List.of(alone, all, refused).stream().allMatch(r -> r.lost() == 0 && r.duplicates() == 0)
                && delay <= Math.max(2, floor);
        System.out.println(ok ? "PASS" : "FAIL");
        System.exit(ok ? 0 : 1);
    }

    private static Result run(String name, int workspaces, int channels, int refuseSeconds) throws Exception {
        Path dir = Files.createTempDirectory("kompis-bench-workspaces");
        try (FakeSlack slack = new FakeSlack();
                Database db = Database.open("jdbc:sqlite:" + dir.resolve("bench.db"))) {
            slack.capEach("chat.postMessage", CAP);
            String refused = refuseSeconds > 0 ? team(0) : null;
            enqueue(db, workspaces, channels);
            Outbox outbox = outbox(db, slack);
            long start = System.nanoTime();
            if (refused != null) {
                slack.refuse(token(refused), Duration.ofSeconds(refuseSeconds));
            }
            outbox.start();
            double othersDone = Double.NaN;
            String others = "select count(*) from outbox where status in ('pending', 'sending') and team_id <> ?";
            while (Sql.count(db.jdbi(), "select count(*) from outbox where status in ('pending', 'sending')") > 0) {
                if (Double.isNaN(othersDone) && Sql.count(db.jdbi(), others, String.valueOf(refused)) == 0) {
                    othersDone = (System.nanoTime() - start) / 1e9;
                }
                Thread.sleep(20);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            outbox.close();
            Map<String, Long> perChannel = slack.calls("chat.postMessage").stream()
                    .collect(Collectors.groupingBy(c -> c.param("channel"), Collectors.counting()));
            int lost = 0;
            for (int w = 0; w < workspaces; w++) {
                for (int c = 0; c < channels; c++) {
                    lost += perChannel.containsKey(channel(w, c)) ? 0 : 1;
                }
            }
            return new Result(
                    name,
                    workspaces,
                    seconds,
                    Double.isNaN(othersDone) ? seconds : othersDone,
                    (int) perChannel.values().stream()
                            .mapToLong(Long::longValue)
                            .sum(),
                    lost,
                    (int) perChannel.values().stream().mapToLong(n -> n - 1).sum());
        }
    }

    /** The workspaces' rows interleaved, as their weekly schedules fire at the same minute. */
    private static void enqueue(Database db, int workspaces, int channels) {
        long now = System.currentTimeMillis();
        db.jdbi().useTransaction(h -> {
            OutboxStore store = h.attach(OutboxStore.class);
            for (int c = 0; c < channels; c++) {
                for (int w = 0; w < workspaces; w++) {
                    store.insert(new Post(team(w), "weekly", channel(w, c), null, KIND, String.valueOf(c)), now);
                }
            }
        });
    }

    private static Outbox outbox(Database db, FakeSlack slack) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.apiUrl());
        config.setStatsEnabled(false);
        config.setPrettyResponseLoggingEnabled(false);
        SlackGateway gateway = new SlackGateway(Slack.getInstance(config), WorkspacesBenchmark::token);
        Outbox outbox = new Outbox(db.jdbi(), gateway, Clock.systemUTC(), CAP);
        List<com.slack.api.model.block.LayoutBlock> blocks = new ArrayList<>(List.of(
                Blocks.header("Time to reflect"),
                Blocks.section("*What did you learn this week just by doing your job? One small thing is enough.*"),
                Blocks.actions("reflect", Blocks.primary("reflect_answer", "Answer", "1"))));
        outbox.register(KIND, Delivery.rendering(row -> new Message("Time to reflect", blocks)));
        return outbox;
    }

    private static String team(int w) {
        return String.format("T%04d", w);
    }

    private static String channel(int w, int c) {
        return String.format("C%04d%04d", w, c);
    }

    private static String token(String team) {
        return "xoxb-" + team;
    }
}
