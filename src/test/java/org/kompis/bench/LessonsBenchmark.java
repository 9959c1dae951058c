package org.kompis.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.jdbi.v3.core.ConnectionFactory;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.kompis.cluster.Dialect;
import org.kompis.core.LessonSource;
import org.kompis.lessons.LessonSearch;
import org.kompis.lessons.LessonStore;
import org.kompis.lessons.Reindex;
import org.kompis.lessons.SearchQuery;
import org.kompis.lessons.Viewer;
import org.kompis.storage.Database;

/**
 * Loads generated lessons into a fresh SQLite file through {@link LessonStore#add} and measures search latency with
 * visibility on, as wall time and as the searching thread's CPU time (SQLite runs on that thread, so CPU time is the
 * cost of a search even when other processes share the cores). {@code args[0]}: lesson count, default 1,000,000
 * ("all" means the default).
 */
public final class LessonsBenchmark {
    private static final String TEAM = "T1";
    private static final int CHANNELS = 200;
    private static final int USERS = 2_000;
    private static final int QUERIES = 300;
    private static final int BATCH = 50_000;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private LessonsBenchmark() {}

    public static void main(String[] given) throws Exception {
        // Maven hands -Dbench.args="1000000 reuse" over as one argument.
        String[] args = given.length == 1 ? given[0].trim().split("\\s+") : given;
        int count = args.length > 0 && !args[0].equals("all") ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        Path dir = Path.of("target", "bench");
        Files.createDirectories(dir);
        Path file = dir.resolve("lessons-" + count + ".db");
        boolean reuse = args.length > 1 && args[1].equals("reuse") && Files.exists(file);
        if (!reuse) {
            for (String suffix : List.of("", "-wal", "-shm", ".lock")) {
                Files.deleteIfExists(Path.of(file + suffix));
            }
        }
        Random random = new Random(42);
        BenchWords words = new BenchWords(4_000, random);
        try (Database db = Database.open("jdbc:sqlite:" + file)) {
            Jdbi jdbi = db.jdbi();
            List<String> load =
                    reuse ? List.of(row("lessons", "reused " + file)) : load(jdbi, words, random, count, file);
            Viewer viewer = viewer(new Random(5));
            int candidates = Integer.getInteger("bench.candidates", LessonSearch.DEFAULT_CANDIDATES);
            LessonSearch search = new LessonSearch(jdbi, candidates);
            List<String> latency = new ArrayList<>();
            String before = loadAverage();
            for (int n = 1; n <= 3; n++) {
                int words1 = n;
                Random r = new Random(n);
                Supplier<String> typed = () -> phrase(words, r, words1);
                measure(() -> search.search(TEAM, SearchQuery.parse(typed.get()), viewer, 0, 5), 30);
                latency.add(latencyRow(
                        n + "-word queries",
                        measure(() -> search.search(TEAM, SearchQuery.parse(typed.get()), viewer, 0, 5), QUERIES)));
            }
            // What the same searches cost on a connection kept open with a warm 64 MB page cache (what a connection
            // pool would give): today every search opens its own SQLite connection, which parses the schema and
            // starts with an empty page cache.
            try (Handle kept = jdbi.open()) {
                kept.execute("pragma cache_size = -65536");
                Jdbi one = Jdbi.create(new ConnectionFactory() {
                    @Override
                    public Connection openConnection() {
                        return kept.getConnection();
                    }

                    @Override
                    public void closeConnection(Connection c) {
                        // kept open for the next search
                    }
                });
                one.define(Dialect.ATTRIBUTE, Dialect.SQLITE);
                LessonSearch warm = new LessonSearch(one, candidates);
                for (int n = 1; n <= 3; n++) {
                    int words1 = n;
                    Random rk = new Random(n);
                    Supplier<String> typed = () -> phrase(words, rk, words1);
                    measure(() -> warm.search(TEAM, SearchQuery.parse(typed.get()), viewer, 0, 5), 100);
                    latency.add(latencyRow(
                            n + "-word queries, one connection kept open (as a pool would)",
                            measure(() -> warm.search(TEAM, SearchQuery.parse(typed.get()), viewer, 0, 5), QUERIES)));
                }
            }
            Random r = new Random(7);
            Supplier<String> filter = () -> switch (r.nextInt(4)) {
                case 0 -> "#" + words.next(r);
                case 1 -> "in:C" + (1000 + r.nextInt(CHANNELS));
                case 2 -> "source:aar";
                default -> "";
            };
            latency.add(latencyRow(
                    "filters only (#tag, in:, source:, nothing)",
                    measure(() -> search.search(TEAM, SearchQuery.parse(filter.get()), viewer, 0, 5), QUERIES)));
            Random rt = new Random(9);
            latency.add(latencyRow(
                    "1-word query with a typo (no match; the nearest written word is searched)",
                    measure(
                            () -> search.search(TEAM, SearchQuery.parse(typo(words.next(rt)) + "q"), viewer, 0, 5),
                            100)));
            for (int n = 1; n <= 2; n++) {
                Random rb = new Random(n);
                int words1 = n;
                latency.add(latencyRow(
                        n + "-word, SQLite bm25() instead (not used; newest " + LessonSearch.DEFAULT_CANDIDATES
                                + " matches, no visibility)",
                        measure(
                                () -> bm25(
                                        jdbi,
                                        SearchQuery.parse(phrase(words, rb, words1))
                                                .fts5Match()),
                                100)));
            }
            String after = loadAverage();
            String version = jdbi.withHandle(h ->
                    h.createQuery("select sqlite_version()").mapTo(String.class).one());
            System.out.println();
            System.out.println("Lessons benchmark: " + Runtime.getRuntime().availableProcessors() + " cpus, Java "
                    + System.getProperty("java.version") + ", SQLite " + version + ", " + file);
            System.out.println("Load average before / after the searches: " + before + " / " + after);
            System.out.println();
            System.out.println("| load | value |\n|---|---|");
            load.forEach(System.out::println);
            System.out.println();
            System.out.println(
                    "| search (5 results, viewer in " + viewer.channelIds().size() + " channels, " + candidates
                            + " candidates ranked) | queries | p50 ms | p95 ms | max ms | CPU p50 ms | CPU p95 ms |");
            System.out.println("|---|---|---|---|---|---|---|");
            latency.forEach(System.out::println);
        }
    }

    /**
     * Stores the lessons as a database from before the analysis holds them (no terms), then times {@link Reindex},
     * which analyses them on every core and builds the FTS5 index: what an upgrade or a new analysis costs.
     */
    private static List<String> load(Jdbi jdbi, BenchWords words, Random random, int count, Path file) {
        List<String> load = new ArrayList<>();
        long t0 = System.nanoTime();
        insert(jdbi, words, random, count);
        long t1 = System.nanoTime();
        long cpu = PROCESS.getProcessCpuTime();
        long writer = THREADS.getCurrentThreadCpuTime();
        new Reindex(jdbi).run();
        long writer1 = THREADS.getCurrentThreadCpuTime();
        long cpu1 = PROCESS.getProcessCpuTime();
        long t2 = System.nanoTime();
        jdbi.useHandle(h -> h.execute("insert into lessons_fts(lessons_fts) values ('optimize')"));
        long t3 = System.nanoTime();
        jdbi.useHandle(h -> h.execute("pragma wal_checkpoint(truncate)"));
        long t4 = System.nanoTime();
        load.add(row("lessons", String.format(Locale.ROOT, "%,d", count)));
        load.add(row("insert, without terms (" + BATCH / 1000 + "k per transaction)", secs(t1 - t0)));
        load.add(row(
                "re-index: analysis on " + Runtime.getRuntime().availableProcessors()
                        + " threads + FTS5 index (Reindex), wall / process CPU",
                secs(t2 - t1) + " / " + secs(cpu1 - cpu)));
        load.add(row(
                "re-index CPU of the writing thread (SQLite: read, update, FTS5) / of the rest (analysis, GC)",
                secs(writer1 - writer) + " / " + secs(cpu1 - cpu - (writer1 - writer))));
        load.add(row("index merge (FTS5 'optimize')", secs(t3 - t2)));
        load.add(row("WAL checkpoint", secs(t4 - t3)));
        try {
            load.add(row("database size", String.format(Locale.ROOT, "%.0f MB", Files.size(file) / 1e6)));
        } catch (java.io.IOException e) {
            load.add(row("database size", "n/a"));
        }
        return load;
    }

    /** Inserts the lessons as written, without analysed terms. */
    private static void insert(Jdbi jdbi, BenchWords words, Random random, int count) {
        LessonSource[] sources = LessonSource.values();
        long start = 1_600_000_000_000L;
        for (int done = 0; done < count; done += BATCH) {
            int from = done;
            int end = Math.min(count, done + BATCH);
            jdbi.useTransaction(h -> {
                PreparedBatch batch = h.prepareBatch("""
                    insert into lessons(team_id, source, source_ref, topic, text, tags, channel_id, visibility,
                                        author_id, created_at)
                    values (:team, :source, :ref, :topic, :text, :tags, :channel, :visibility, :author, :at)""");
                for (int i = from; i < end; i++) {
                    int v = random.nextInt(100);
                    String source =
                            sources[random.nextInt(sources.length)].name().toLowerCase(Locale.ROOT);
                    String text = words.sentence(random, 8, 40);
                    String topic = random.nextInt(10) < 7 ? words.sentence(random, 1, 3) : null;
                    String tags = random.nextInt(10) < 6
                            ? (words.next(random) + (random.nextBoolean() ? " " + words.next(random) : ""))
                            : "";
                    String author = v < 15 || random.nextInt(10) > 0 ? "U" + (10_000 + random.nextInt(USERS)) : null;
                    batch.bind("team", TEAM)
                            .bind("source", source)
                            .bind("ref", "bench:" + i)
                            .bind("topic", topic)
                            .bind("text", text)
                            .bind("tags", tags)
                            .bind("channel", "C" + (1000 + random.nextInt(CHANNELS)))
                            .bind("visibility", v < 10 ? "workspace" : v < 15 ? "private" : "channel")
                            .bind("author", author)
                            .bind("at", start + i * 60_000L)
                            .add();
                }
                batch.execute();
            });
        }
        jdbi.useTransaction(h -> {
            LessonStore store = h.attach(LessonStore.class);
            for (int c = 0; c < CHANNELS; c++) {
                store.rememberChannel(TEAM, "C" + (1000 + c), c % 10 == 0, start);
            }
        });
    }

    /** A user in about 20 channels, some of them private. */
    private static Viewer viewer(Random random) {
        Set<String> channels = new HashSet<>();
        for (int c = 0; c < CHANNELS && channels.size() < 20; c += 1 + random.nextInt(15)) {
            channels.add("C" + (1000 + c));
        }
        return new Viewer("U10001", channels);
    }

    /** The word with its second and third letters swapped, as fast typing does. */
    private static String typo(String w) {
        return w.length() < 4 ? w : w.charAt(0) + "" + w.charAt(2) + w.charAt(1) + w.substring(3);
    }

    private static String phrase(BenchWords words, Random random, int n) {
        StringBuilder typed = new StringBuilder();
        for (int w = 0; w < n; w++) {
            typed.append(words.next(random)).append(' ');
        }
        return typed.toString();
    }

    /** Wall and CPU milliseconds of each run. */
    private static double[][] measure(Runnable search, int times) {
        double[][] ms = new double[2][times];
        for (int i = 0; i < times; i++) {
            long wall = System.nanoTime();
            long cpu = THREADS.getCurrentThreadCpuTime();
            search.run();
            ms[0][i] = (System.nanoTime() - wall) / 1e6;
            ms[1][i] = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
        }
        return ms;
    }

    private static void bm25(Jdbi jdbi, String match) {
        String sql = "select id from (select lessons_fts.rowid as id, bm25(lessons_fts, 3.0, 2.0, 1.0, 0.4) as s"
                + " from lessons_fts where lessons_fts match :m order by lessons_fts.rowid desc limit :k) order by s limit 6";
        jdbi.withHandle(h -> h.createQuery(sql)
                .bind("m", match)
                .bind("k", LessonSearch.DEFAULT_CANDIDATES)
                .mapTo(Long.class)
                .list());
    }

    private static String latencyRow(String what, double[][] ms) {
        double[] wall = ms[0].clone();
        double[] cpu = ms[1].clone();
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return String.format(
                Locale.ROOT,
                "| %s | %d | %.2f | %.2f | %.2f | %.2f | %.2f |",
                what,
                wall.length,
                pct(wall, 50),
                pct(wall, 95),
                wall[wall.length - 1],
                pct(cpu, 50),
                pct(cpu, 95));
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

    private static String secs(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }

    private static String row(String measure, String value) {
        return "| " + measure + " | " + value + " |";
    }
}
