package org.kompis.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.kompis.core.LessonSource;
import org.kompis.core.NewLesson;
import org.kompis.core.Visibility;
import org.kompis.lessons.IndexTerms;
import org.kompis.lessons.LessonSearch;
import org.kompis.lessons.LessonStore;
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

    private LessonsBenchmark() {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 && !args[0].equals("all") ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        Path dir = Path.of("target", "bench");
        Files.createDirectories(dir);
        Path file = dir.resolve("lessons-" + count + ".db");
        for (String suffix : List.of("", "-wal", "-shm", ".lock")) {
            Files.deleteIfExists(Path.of(file + suffix));
        }
        Random random = new Random(42);
        BenchWords words = new BenchWords(4_000, random);
        try (Database db = Database.open("jdbc:sqlite:" + file)) {
            Jdbi jdbi = db.jdbi();
            List<String> load = new ArrayList<>();
            long t0 = System.nanoTime();
            String trigger = jdbi.withHandle(h -> h.createQuery("select sql from sqlite_master where name = :name")
                    .bind("name", "lessons_fts_insert")
                    .mapTo(String.class)
                    .one());
            jdbi.useHandle(h -> h.execute("drop trigger lessons_fts_insert"));
            long analysis = insert(jdbi, words, random, count);
            long t1 = System.nanoTime();
            jdbi.useHandle(h -> {
                h.execute("insert into lessons_fts(lessons_fts) values ('rebuild')");
                h.execute(trigger);
            });
            long t2 = System.nanoTime();
            jdbi.useHandle(h -> h.execute("insert into lessons_fts(lessons_fts) values ('optimize')"));
            jdbi.useHandle(h -> h.execute("pragma wal_checkpoint(truncate)"));
            long t3 = System.nanoTime();
            load.add(row("lessons", String.format(Locale.ROOT, "%,d", count)));
            load.add(row(
                    "insert (LessonStore.insert, " + BATCH / 1000 + "k per transaction, FTS trigger off)",
                    secs(t1 - t0 - analysis)));
            load.add(row("analysis (IndexTerms.of: words, stems, compound parts; one thread)", secs(analysis)));
            load.add(row("index build (FTS5 'rebuild' over the stored terms)", secs(t2 - t1)));
            load.add(row("analysis + index build", secs(analysis + t2 - t1)));
            load.add(row("index merge (FTS5 'optimize') + WAL checkpoint", secs(t3 - t2)));
            load.add(row("total load", secs(t3 - t0)));
            load.add(row("database size", String.format(Locale.ROOT, "%.0f MB", Files.size(file) / 1e6)));

            Viewer viewer = viewer(random);
            LessonSearch search = new LessonSearch(jdbi);
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
                    "| search (5 results, viewer in " + viewer.channelIds().size()
                            + " channels) | queries | p50 ms | p95 ms | max ms | CPU p50 ms | CPU p95 ms |");
            System.out.println("|---|---|---|---|---|---|---|");
            latency.forEach(System.out::println);
        }
    }

    /** Inserts the lessons; returns the nanoseconds spent analysing them. */
    private static long insert(Jdbi jdbi, BenchWords words, Random random, int count) {
        long[] analysis = {0};
        LessonSource[] sources = LessonSource.values();
        long start = 1_600_000_000_000L;
        for (int done = 0; done < count; done += BATCH) {
            int from = done;
            int end = Math.min(count, done + BATCH);
            jdbi.useTransaction(h -> {
                LessonStore store = h.attach(LessonStore.class);
                for (int i = from; i < end; i++) {
                    NewLesson l = NewLesson.of(
                                    sources[random.nextInt(sources.length)], TEAM, words.sentence(random, 8, 40))
                            .ref("bench:" + i)
                            .inChannel("C" + (1000 + random.nextInt(CHANNELS)))
                            .at(start + i * 60_000L);
                    if (random.nextInt(10) < 7) {
                        l = l.topic(words.sentence(random, 1, 3));
                    }
                    if (random.nextInt(10) < 6) {
                        l = l.tags(words.next(random), random.nextBoolean() ? words.next(random) : "");
                    }
                    int v = random.nextInt(100);
                    l = v < 10 ? l.visibility(Visibility.WORKSPACE) : v < 15 ? l.visibility(Visibility.PRIVATE) : l;
                    if (v < 15 || random.nextInt(10) > 0) {
                        l = l.by("U" + (10_000 + random.nextInt(USERS)));
                    }
                    long a = System.nanoTime();
                    String tags = String.join(" ", l.tags().split("\\s+")).strip();
                    IndexTerms terms = IndexTerms.of(l.topic(), tags, l.text());
                    analysis[0] += System.nanoTime() - a;
                    store.insert(l, tags, terms);
                }
            });
        }
        jdbi.useTransaction(h -> {
            LessonStore store = h.attach(LessonStore.class);
            for (int c = 0; c < CHANNELS; c++) {
                store.rememberChannel(TEAM, "C" + (1000 + c), c % 10 == 0, start);
            }
        });
        return analysis[0];
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
