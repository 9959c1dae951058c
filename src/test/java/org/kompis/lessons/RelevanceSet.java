package org.kompis.lessons;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.kompis.core.LessonSource;
import org.kompis.core.NewLesson;
import org.kompis.storage.Database;

/**
 * The project's relevance set (src/test/resources/relevance): 60 lessons in nb, sv and en among 300 unrelated ones,
 * and 150+ queries labelled with the lessons they must find in the first five. Measures recall@5 and MRR (the
 * reciprocal rank of the first labelled lesson in the first ten) per category, through the real store and search.
 */
public final class RelevanceSet {
    public record Query(String category, String lang, String typed, List<Long> expected) {}

    public record Score(String category, int queries, double recallAt5, double mrr, List<String> misses) {
        public String row() {
            return String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f |", category, queries, recallAt5, mrr);
        }
    }

    private static final int NOISE = 300;
    private static final String TEAM = "T1";

    private RelevanceSet() {}

    public static List<Query> queries() {
        List<Query> out = new ArrayList<>();
        for (String[] f : rows("queries.tsv")) {
            out.add(new Query(
                    f[0],
                    f[1],
                    f[2],
                    Arrays.stream(f[3].split(",")).map(Long::parseLong).toList()));
        }
        return out;
    }

    /** Loads the set into a fresh database in {@code dir}, runs every query and scores each category and all. */
    public static List<Score> measure(Path dir) {
        try (Database db = Database.open("jdbc:sqlite:" + dir.resolve("relevance.db"))) {
            LessonStore store = db.jdbi().onDemand(LessonStore.class);
            Map<Long, Long> ids = new LinkedHashMap<>();
            Random random = new Random(13);
            List<String[]> lessons = rows("lessons.tsv");
            // Unrelated lessons first and between, so the labelled ones are neither all newest nor alone.
            for (int i = 0; i < NOISE; i++) {
                store.add(NewLesson.of(LessonSource.MANUAL, TEAM, noise(random))
                        .inChannel("C1")
                        .at(i * 60_000L));
                if (i % 5 == 0 && i / 5 < lessons.size()) {
                    String[] f = lessons.get(i / 5);
                    long id = store.add(NewLesson.of(LessonSource.MANUAL, TEAM, f[4])
                                    .topic(f[2])
                                    .tags(f[3])
                                    .inChannel("C1")
                                    .at(i * 60_000L + 1))
                            .orElseThrow();
                    ids.put(Long.parseLong(f[0]), id);
                }
            }
            LessonSearch search = new LessonSearch(db.jdbi());
            Viewer viewer = new Viewer("U1", Set.of("C1"));
            Map<Long, Long> back = new LinkedHashMap<>();
            ids.forEach((label, id) -> back.put(id, label));
            Map<String, List<double[]>> byCategory = new LinkedHashMap<>();
            Map<String, List<String>> misses = new LinkedHashMap<>();
            for (Query q : queries()) {
                List<Long> found = search.search(TEAM, SearchQuery.parse(q.typed()), viewer, 0, 10).lessons().stream()
                        .map(l -> back.getOrDefault(l.id(), -1L))
                        .toList();
                List<Long> top5 = found.subList(0, Math.min(5, found.size()));
                double recall = q.expected().stream().filter(top5::contains).count()
                        / (double) q.expected().size();
                double rr = 0;
                for (int i = 0; i < found.size(); i++) {
                    if (q.expected().contains(found.get(i))) {
                        rr = 1.0 / (i + 1);
                        break;
                    }
                }
                for (String c : List.of(q.category(), "all")) {
                    byCategory.computeIfAbsent(c, k -> new ArrayList<>()).add(new double[] {recall, rr});
                }
                if (recall < 1) {
                    misses.computeIfAbsent(q.category(), k -> new ArrayList<>()).add(q.typed() + " -> " + top5);
                }
            }
            List<Score> scores = new ArrayList<>();
            byCategory.forEach((c, list) -> scores.add(new Score(
                    c,
                    list.size(),
                    list.stream().mapToDouble(v -> v[0]).average().orElse(0),
                    list.stream().mapToDouble(v -> v[1]).average().orElse(0),
                    misses.getOrDefault(c, List.of()))));
            return scores;
        }
    }

    private static String noise(Random random) {
        String[] syllables = {
            "ka", "lo", "mi", "ter", "sun", "bra", "vel", "dok", "rin", "tas", "pol", "gen", "fy", "ruk"
        };
        StringBuilder s = new StringBuilder();
        for (int w = 0, n = 8 + random.nextInt(20); w < n; w++) {
            for (int k = 0, m = 2 + random.nextInt(2); k < m; k++) {
                s.append(syllables[random.nextInt(syllables.length)]);
            }
            s.append(random.nextInt(4) == 0 ? " og " : " ");
        }
        return s.toString().strip();
    }

    private static List<String[]> rows(String file) {
        List<String[]> out = new ArrayList<>();
        try (var in = RelevanceSet.class.getResourceAsStream("/relevance/" + file)) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
