package org.kompis.bench;

import static org.kompis.bench.BenchLessons.TEAM;
import static org.kompis.bench.BenchLessons.row;
import static org.kompis.bench.BenchLessons.secs;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.kompis.lessons.LessonSearch;
import org.kompis.lessons.SearchQuery;
import org.kompis.lessons.Viewer;
import org.kompis.storage.Database;
import org.kompis.testing.TestPostgres;

/**
 * Searches a generated lessons library ({@link BenchLessons}) with visibility on, as wall time and as CPU time. On
 * SQLite the search runs on the searching thread, so its CPU time is the cost of a search even when other processes
 * share the cores; on PostgreSQL the server's CPU is counted from /proc, as a mean per search.
 *
 * <p>{@code -Dbench.args="COUNT [reuse] [pg [JDBC-URL]]"}: lesson count (default 1,000,000); {@code reuse} searches
 * the last SQLite file again, or the PostgreSQL database at the URL; {@code pg} loads and searches a throw-away PostgreSQL database instead (Debian's server).
 */
public final class LessonsBenchmark {
    private static final int QUERIES = 300;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private LessonsBenchmark() {}

    public static void main(String[] given) throws Exception {
        // Maven hands -Dbench.args="1000000 reuse" over as one argument.
        List<String> args = List.of(given.length == 1 ? given[0].trim().split("\\s+") : given);
        int count = !args.isEmpty() && args.get(0).matches("[\\d_]+")
                ? Integer.parseInt(args.get(0).replace("_", ""))
                : 1_000_000;
        boolean pg = args.contains("pg");
        Path file = Path.of("target", "bench", "lessons-" + count + ".db");
        // A JDBC URL among the arguments: a PostgreSQL database an earlier "pg" run loaded, searched again ("reuse").
        String pgUrl = args.stream()
                .filter(a -> a.startsWith("jdbc:postgresql:"))
                .findFirst()
                .orElse("");
        boolean reuse = args.contains("reuse") && (pg ? !pgUrl.isEmpty() : Files.exists(file));
        String url = pg ? (reuse ? pgUrl : TestPostgres.freshDatabase()) : "jdbc:sqlite:" + file;
        if (!pg && !reuse) {
            Files.createDirectories(file.getParent());
            for (String suffix : List.of("", "-wal", "-shm", ".lock")) {
                Files.deleteIfExists(Path.of(file + suffix));
            }
        }
        BenchWords words = new BenchWords(4_000, new Random(42));
        try (Database db = Database.open(url)) {
            Jdbi jdbi = db.jdbi();
            List<String> load = reuse
                    ? List.of(row("lessons", "reused " + (pg ? "database" : file)))
                    : BenchLessons.load(jdbi, words, new Random(42), count);
            if (!pg && !reuse) {
                load = new ArrayList<>(load);
                long t = System.nanoTime();
                jdbi.useHandle(h -> h.execute("insert into lessons_fts(lessons_fts) values ('optimize')"));
                load.add(row("index merge (FTS5 'optimize')", secs(System.nanoTime() - t)));
                load.add(row("database size", String.format(Locale.ROOT, "%.0f MB", Files.size(file) / 1e6)));
            }
            if (pg && !reuse) {
                // What autovacuum would have done by the time people search: statistics and the visibility map.
                long t = System.nanoTime();
                jdbi.useHandle(h -> h.execute("vacuum analyze lessons"));
                load = new ArrayList<>(load);
                load.add(row("vacuum analyze (autovacuum's work, done at once)", secs(System.nanoTime() - t)));
            }
            if (pg) {
                load = new ArrayList<>(load);
                load.add(row(
                        "term counts for IDF (TermDocs, in the background after the first search)", termDocs(jdbi)));
            }
            List<String> latency = searches(jdbi, words, pg ? url : null);
            String version = jdbi.withHandle(h -> h.createQuery(pg ? "select version()" : "select sqlite_version()")
                    .mapTo(String.class)
                    .one());
            System.out.println();
            System.out.println("Lessons benchmark: " + Runtime.getRuntime().availableProcessors() + " cpus, Java "
                    + System.getProperty("java.version") + ", " + version.split(",")[0] + ", "
                    + (pg ? "PostgreSQL " + url.replaceAll("password=[^&]*", "password=***") : file));
            System.out.println();
            System.out.println("| load | value |\n|---|---|");
            load.forEach(System.out::println);
            System.out.println();
            System.out.println("| search (5 results, viewer in 20 channels, " + LessonSearch.DEFAULT_CANDIDATES
                    + " candidates ranked) | queries | p50 ms | p95 ms | max ms | CPU p50 ms | CPU p95 ms | load |");
            System.out.println("|---|---|---|---|---|---|---|---|");
            latency.forEach(System.out::println);
        }
        System.exit(0);
    }

    /** Starts the count of every term with a search, as the first search after a start does, and waits for it. */
    private static String termDocs(Jdbi jdbi) throws InterruptedException {
        long t = System.nanoTime();
        new LessonSearch(jdbi).search(TEAM, SearchQuery.parse("og"), BenchLessons.viewer(new Random(5)), 0, 5);
        String done = "select count(*) from lesson_term_docs_refreshed";
        while (jdbi.withHandle(h -> h.createQuery(done).mapTo(Integer.class).one()) == 0
                && System.nanoTime() - t < 300_000_000_000L) {
            Thread.sleep(200);
        }
        return secs(System.nanoTime() - t);
    }

    /** {@code pgUrl} null: SQLite, whose work is on this thread. */
    private static List<String> searches(Jdbi jdbi, BenchWords words, String pgUrl) {
        Viewer viewer = BenchLessons.viewer(new Random(5));
        LessonSearch search = new LessonSearch(jdbi, LessonSearch.DEFAULT_CANDIDATES);
        List<String> latency = new ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            int size = n;
            Random r = new Random(n);
            Supplier<String> typed = () -> BenchLessons.phrase(words, r, size);
            measure(() -> search.search(TEAM, SearchQuery.parse(typed.get()), viewer, 0, 5), 30, null);
            latency.add(latencyRow(
                    n + "-word queries",
                    measure(() -> search.search(TEAM, SearchQuery.parse(typed.get()), viewer, 0, 5), QUERIES, pgUrl)));
        }
        Random r = new Random(7);
        Supplier<String> filter = () -> switch (r.nextInt(4)) {
            case 0 -> "#" + words.next(r);
            case 1 -> "in:C" + (1000 + r.nextInt(BenchLessons.CHANNELS));
            case 2 -> "source:aar";
            default -> "";
        };
        latency.add(latencyRow(
                "filters only (#tag, in:, source:, nothing)",
                measure(() -> search.search(TEAM, SearchQuery.parse(filter.get()), viewer, 0, 5), QUERIES, pgUrl)));
        Random rt = new Random(9);
        latency.add(latencyRow(
                "1-word query with a typo (no match; the nearest written word is searched)",
                measure(
                        () -> search.search(
                                TEAM, SearchQuery.parse(BenchLessons.typo(words.next(rt)) + "q"), viewer, 0, 5),
                        pgUrl == null ? 100 : 20,
                        pgUrl)));
        return latency;
    }

    /** Wall and CPU milliseconds of each run; on PostgreSQL the CPU row is the server's mean per search. */
    private static double[][] measure(Runnable search, int times, String pgUrl) {
        double[][] ms = new double[3][times];
        long pg0 = pgUrl == null ? 0 : CpuTime.postgresMillis(pgUrl);
        for (int i = 0; i < times; i++) {
            long wall = System.nanoTime();
            long cpu = THREADS.getCurrentThreadCpuTime();
            search.run();
            ms[0][i] = (System.nanoTime() - wall) / 1e6;
            ms[1][i] = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
        }
        if (pgUrl != null) {
            Arrays.fill(ms[2], (CpuTime.postgresMillis(pgUrl) - pg0) / (double) times);
        }
        return ms;
    }

    private static String latencyRow(String what, double[][] ms) {
        double[] wall = ms[0].clone();
        double[] cpu = ms[1].clone();
        Arrays.sort(wall);
        Arrays.sort(cpu);
        String cpuCells = ms[2][0] > 0
                ? String.format(
                        Locale.ROOT, "JVM %.2f + server %.2f (mean) | JVM %.2f", pct(cpu, 50), ms[2][0], pct(cpu, 95))
                : String.format(Locale.ROOT, "%.2f | %.2f", pct(cpu, 50), pct(cpu, 95));
        return String.format(
                Locale.ROOT,
                "| %s | %d | %.2f | %.2f | %.2f | %s | %s |",
                what,
                wall.length,
                pct(wall, 50),
                pct(wall, 95),
                wall[wall.length - 1],
                cpuCells,
                loadAverage());
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.max(0, (int) Math.ceil(sorted.length * p / 100.0) - 1)];
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "n/a";
        }
    }
}
