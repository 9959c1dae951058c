package org.kompis.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.kompis.core.LessonSource;
import org.kompis.lessons.LessonStore;
import org.kompis.lessons.Reindex;
import org.kompis.lessons.Viewer;

/**
 * The lessons library {@link LessonsBenchmark} searches: generated lessons stored as a library from before the
 * analysis holds them (no terms), then analysed and indexed by {@link Reindex}, the code an upgrade runs. The same
 * on SQLite and PostgreSQL.
 */
final class BenchLessons {
    static final String TEAM = "T1";
    static final int CHANNELS = 200;
    private static final int USERS = 2_000;
    private static final int BATCH = 50_000;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private BenchLessons() {}

    /** Inserts and re-indexes; returns the table rows that say how long each step took. */
    static List<String> load(Jdbi jdbi, BenchWords words, Random random, int count) {
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
        load.add(row("lessons", String.format(Locale.ROOT, "%,d", count)));
        load.add(row("insert, without terms (" + BATCH / 1000 + "k per transaction)", secs(t1 - t0)));
        load.add(row(
                "re-index: analysis on " + Runtime.getRuntime().availableProcessors()
                        + " threads + full-text index (Reindex), wall / this JVM's CPU",
                secs(t2 - t1) + " / " + secs(cpu1 - cpu)));
        load.add(row(
                "re-index CPU of the writing thread / of the rest (analysis, GC)",
                secs(writer1 - writer) + " / " + secs(cpu1 - cpu - (writer1 - writer))));
        return load;
    }

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
    static Viewer viewer(Random random) {
        Set<String> channels = new HashSet<>();
        for (int c = 0; c < CHANNELS && channels.size() < 20; c += 1 + random.nextInt(15)) {
            channels.add("C" + (1000 + c));
        }
        return new Viewer("U10001", channels);
    }

    /** The word with its second and third letters swapped, as fast typing does. */
    static String typo(String w) {
        return w.length() < 4 ? w : w.charAt(0) + "" + w.charAt(2) + w.charAt(1) + w.substring(3);
    }

    static String phrase(BenchWords words, Random random, int n) {
        StringBuilder typed = new StringBuilder();
        for (int w = 0; w < n; w++) {
            typed.append(words.next(random)).append(' ');
        }
        return typed.toString();
    }

    static String secs(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }

    static String row(String measure, String value) {
        return "| " + measure + " | " + value + " |";
    }
}
