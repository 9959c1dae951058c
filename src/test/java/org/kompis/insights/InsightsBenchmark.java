package org.kompis.insights;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.kompis.i18n.Lang;
import org.kompis.i18n.Messages;
import org.kompis.storage.Database;

/**
 * The insights page's work at scale: 1,000,000 lessons and 100,000 answers (reflection, reviews, six hats) over two
 * years in 200 channels, with action items and pair rounds; then the page for a random channel is built 300 times
 * (every query, the aggregation, the tables and the HTML with its SVG), over 12 and over 52 weeks.
 * {@code mvn -B -Pbench verify -Dbench.main=org.kompis.insights.InsightsBenchmark}.
 */
public final class InsightsBenchmark {
    static final String TEAM = "T1";
    static final int CHANNELS = 200;
    static final int USERS = 2_000;
    static final int WEEKS = 104;
    static final int LESSONS = 1_000_000;
    static final int RENDERS = 300;
    static final ZoneId ZONE = ZoneId.of("Europe/Oslo");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private InsightsBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of("target", "bench", "insights.db");
        Files.createDirectories(file.getParent());
        // "reuse": measure again on the data set of the last run instead of loading it anew (it takes minutes).
        boolean reuse = args.length > 0 && args[0].equals("reuse") && Files.exists(file);
        for (String suffix : reuse ? List.<String>of() : List.of("", "-wal", "-shm", ".lock")) {
            Files.deleteIfExists(Path.of(file + suffix));
        }
        Random random = new Random(7);
        try (Database db = Database.open("jdbc:sqlite:" + file)) {
            Jdbi jdbi = db.jdbi();
            long t0 = System.nanoTime();
            int answers = reuse
                    ? jdbi.withHandle(h -> h.createQuery(
                                    "select (select count(*) from reflection_answers) + "
                                            + "(select count(*) from aar_answers) + (select count(*) from sixhats_contributions)")
                            .mapTo(Integer.class)
                            .one())
                    : load(jdbi, random);
            double loadSeconds = (System.nanoTime() - t0) / 1e9;
            Messages messages = new Messages();
            List<String> rows = new ArrayList<>();
            rows.add("| data | "
                    + String.format(
                            Locale.ROOT,
                            "%,d lessons, %,d answers, %d channels%s",
                            LESSONS,
                            answers,
                            CHANNELS,
                            reuse ? "" : String.format(Locale.ROOT, ", loaded in %.0f s", loadSeconds))
                    + " |");
            for (int weeks : new int[] {12, 52, 12, 52}) {
                render(jdbi, messages, weeks, random, 100);
            }
            for (int weeks : new int[] {12, 52}) {
                double[][] ms = render(jdbi, messages, weeks, random, RENDERS);
                for (int k = 0; k < 2; k++) {
                    rows.add(String.format(
                            Locale.ROOT,
                            "| page for one channel, last %d weeks, %s: p50 / p95 / max | %.1f / " + "%.1f / %.1f ms |",
                            weeks,
                            k == 0 ? "wall time" : "CPU time of the request's thread",
                            ms[k][RENDERS / 2],
                            ms[k][(int) (RENDERS * 0.95)],
                            ms[k][RENDERS - 1]));
                }
            }
            System.out.println("\n| measure | value |\n|---|---|");
            rows.forEach(System.out::println);
        }
    }

    private static double[][] render(Jdbi jdbi, Messages messages, int weekCount, Random random, int n) {
        double[][] ms = new double[2][n];
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        Weeks weeks = Weeks.ending(TODAY, weekCount, ZONE);
        Gate gate = new Gate(5);
        for (int i = 0; i < n; i++) {
            String channel = "C" + random.nextInt(CHANNELS);
            long t = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            Report r = Report.load(jdbi.onDemand(InsightsStore.class), TEAM, channel, weeks, TODAY, gate);
            var texts = messages.in(Lang.values()[i % 3]);
            Tables tables = new Tables(r, texts, u -> u, 5);
            String html = new ReportPage(
                            texts,
                            r,
                            tables,
                            new ReportPage.View(
                                    List.of(new ReportPage.Channel(channel, channel)), weekCount, "x", false, 5))
                    .html();
            ms[0][i] = (System.nanoTime() - t) / 1e6;
            ms[1][i] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
            if (html.length() < 1000) {
                throw new IllegalStateException("page too short");
            }
        }
        java.util.Arrays.sort(ms[0]);
        java.util.Arrays.sort(ms[1]);
        return ms;
    }

    /** Writes the data set; returns the number of answers. */
    private static int load(Jdbi jdbi, Random random) {
        long start = TODAY.minusWeeks(WEEKS).atStartOfDay(ZONE).toInstant().toEpochMilli();
        long span = TODAY.atStartOfDay(ZONE).toInstant().toEpochMilli() - start;
        String[] sources = {"reflection", "aar", "sixhats", "pairs", "manual"};
        String[] categories = {"on_the_job", "from_others", "formal", null};
        jdbi.useHandle(h -> h.execute("drop trigger lessons_fts_insert"));
        for (int done = 0; done < LESSONS; done += 50_000) {
            jdbi.useTransaction(h -> {
                PreparedBatch b = h.prepareBatch("insert into lessons(team_id, source, text, category, channel_id, "
                        + "visibility, author_id, created_at) values (?, ?, 'x', ?, ?, 'channel', ?, ?)");
                for (int i = 0; i < 50_000; i++) {
                    b.add(
                            TEAM,
                            sources[random.nextInt(5)],
                            categories[random.nextInt(4)],
                            "C" + random.nextInt(CHANNELS),
                            random.nextInt(10) == 0 ? null : "U" + random.nextInt(USERS),
                            start + (long) (random.nextDouble() * span));
                }
                b.execute();
            });
        }
        int[] answers = {0};
        jdbi.useTransaction(h -> {
            for (int c = 0; c < CHANNELS; c++) {
                for (int w = 0; w < WEEKS; w++) {
                    long at = start + w * 604_800_000L + 86_400_000L;
                    answers[0] += week(h, "C" + c, c, w, at, random);
                }
            }
        });
        return answers[0];
    }

    /** One channel's week: a prompt and answers; a review, an exercise or a pair round in some weeks. */
    private static int week(Handle h, String channel, int c, int w, long at, Random random) {
        int answered = 0;
        long prompt = h.createUpdate(
                        "insert into reflection_prompts(team_id, channel_id, run_key, fire_time, prompt_id, "
                                + "theme, cycle, lang, text, anonymity, created_at) values (?, ?, ?, ?, 'p', 't', 1, 'nb', 'x', 1, ?)")
                .bind(0, TEAM)
                .bind(1, channel)
                .bind(2, "r" + w)
                .bind(3, at)
                .bind(4, at)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
        PreparedBatch a =
                h.prepareBatch("insert into reflection_answers(team_id, prompt_ref, user_id, anonymous, shared, "
                        + "text, created_at) values (?, ?, ?, ?, 0, 'x', ?)");
        for (int i = 0, n = random.nextInt(7); i < n; i++, answered++) {
            boolean anon = random.nextInt(4) == 0;
            a.add(TEAM, prompt, anon ? null : "U" + (c * 10 + i), anon ? 1 : 0, at);
        }
        if (a.size() > 0) {
            a.execute();
        }
        if (w % 4 == c % 4) {
            long review = h.createUpdate("insert into aar_reviews(team_id, channel_id, title, created_by, start_key, "
                            + "deadline_date, deadline_at, time_zone, created_at) values (?, ?, 'x', 'U1', ?, '2026-01-01', 0, "
                            + "'Europe/Oslo', ?)")
                    .bind(0, TEAM)
                    .bind(1, channel)
                    .bind(2, c + ":" + w)
                    .bind(3, at)
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            for (int i = 0; i < 5; i++, answered++) {
                h.execute(
                        "insert into aar_answers(review_id, team_id, user_id, created_at, updated_at) values (?, ?, ?, ?, ?)",
                        review,
                        TEAM,
                        "U" + (c * 10 + i),
                        at,
                        at);
                h.execute(
                        "insert into aar_action_items(review_id, team_id, author_id, position, what, owner_id, due_date, "
                                + "status, updated_at) values (?, ?, ?, 1, 'x', ?, ?, ?, 0)",
                        review,
                        TEAM,
                        "U" + (c * 10 + i),
                        "U" + (c * 10 + i),
                        TODAY.minusWeeks(WEEKS - w - 2).toString(),
                        new String[] {"open", "done", "dropped"}[random.nextInt(3)]);
            }
        }
        if (w % 8 == c % 8) {
            long ex = h.createUpdate(
                            "insert into sixhats_exercises(team_id, channel_id, topic, mode, round_minutes, "
                                    + "facilitator_id, seed, start_key, created_at) values (?, ?, 'x', 'in_threes', 5, 'U1', 1, ?, ?)")
                    .bind(0, TEAM)
                    .bind(1, channel)
                    .bind(2, c + ":" + w)
                    .bind(3, at)
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            for (int i = 0; i < 6; i++, answered++) {
                h.execute(
                        "insert into sixhats_contributions(exercise_id, team_id, user_id, hat, text, view_id, created_at) "
                                + "values (?, ?, ?, 'white', 'x', ?, ?)",
                        ex,
                        TEAM,
                        "U" + (c * 10 + i),
                        "v" + i,
                        at);
            }
        }
        if (w % 2 == 0) {
            long round = h.createUpdate("insert into pairs_rounds(team_id, channel_id, round_no, run_key, round_at, "
                            + "created_at) values (?, ?, ?, ?, ?, ?)")
                    .bind(0, TEAM)
                    .bind(1, channel)
                    .bind(2, w)
                    .bind(3, c + ":" + w)
                    .bind(4, at)
                    .bind(5, at)
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            for (int g = 0; g < 3; g++) {
                long group = h.createUpdate("insert into pairs_groups(round_id, team_id, channel_id, group_no, lang, "
                                + "first_meeting, different_teams) values (?, ?, ?, ?, 'nb', 1, ?)")
                        .bind(0, round)
                        .bind(1, TEAM)
                        .bind(2, channel)
                        .bind(3, g)
                        .bind(4, g % 2)
                        .executeAndReturnGeneratedKeys("id")
                        .mapTo(Long.class)
                        .one();
                h.execute(
                        "insert into pairs_group_members(group_id, user_id) values (?, ?), (?, ?)",
                        group,
                        "U" + g,
                        group,
                        "U" + (g + 5));
                h.execute(
                        "insert into pairs_answers(group_id, user_id, answer, answered_at) values (?, ?, 'yes', 0)",
                        group,
                        "U" + g);
            }
        }
        return answered;
    }
}
