package org.kompis.sandbox;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Eight weeks of demo history in #general, written as the rituals store it, so the learning report (/insights) has
 * something to show on the first try: weekly reflection answers (some anonymous), three reviews with action items,
 * two six hats exercises, four pair rounds, lessons and searches that found nothing. Two weeks have too few people
 * and show as hidden. Keyed by weeks before the current one; a restart adds nothing.
 */
final class DemoHistory {
    static final String[] FIVE = {"U0KARI", "U0OLA", "U0SVEN", "U0ASTRID", Demo.MANAGER};
    /** People answering the reflection prompt, by weeks ago; the last two of each week answer anonymously. */
    static final Map<Integer, Integer> REFLECTION = Map.of(8, 5, 7, 5, 6, 3, 5, 5, 4, 4, 3, 5, 2, 5, 1, 5);

    static final Map<Integer, Integer> REVIEWS = Map.of(7, 5, 4, 5, 2, 4);
    static final Map<Integer, Integer> HATS = Map.of(6, 5, 3, 5);
    /** Lessons by weeks ago, one per person in {@link #FIVE} order; weeks 6 and 4 have three people: hidden. */
    static final Map<Integer, List<String>> LESSONS = Map.of(
            8, List.of("reflection", "reflection", "pairs", "manual", "reflection"),
            7, List.of("aar", "aar", "aar", "reflection", "manual"),
            6, List.of("reflection", "manual", "reflection"),
            5, List.of("reflection", "reflection", "manual", "reflection", "pairs"),
            4, List.of("aar", "aar", "reflection"),
            3, List.of("sixhats", "sixhats", "reflection", "manual", "sixhats"),
            2, List.of("aar", "reflection", "aar", "pairs", "aar"),
            1, List.of("reflection", "manual", "reflection", "reflection", "reflection"));

    static final String[] CATEGORIES = {"on_the_job", "from_others", "on_the_job", "formal", null};

    private DemoHistory() {}

    static void seed(Jdbi jdbi, long now, ZoneId zone) {
        LocalDate monday = Instant.ofEpochMilli(now)
                .atZone(zone)
                .toLocalDate()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        jdbi.useTransaction(h -> {
            if (h.createQuery("select count(*) from reflection_prompts where run_key like 'demo:%'")
                            .mapTo(Integer.class)
                            .one()
                    > 0) {
                return;
            }
            Week w = k -> monday.minusWeeks(k)
                    .plusDays(1)
                    .atTime(LocalTime.of(10, 0))
                    .atZone(zone)
                    .toInstant()
                    .toEpochMilli();
            REFLECTION.forEach((k, n) -> reflection(h, k, n, w.at(k)));
            long[] reviews = new long[9];
            REVIEWS.forEach((k, n) -> reviews[k] = review(h, k, n, w.at(k), zone));
            actions(h, reviews, monday);
            HATS.forEach((k, n) -> hats(h, k, n, w.at(k)));
            for (int k : new int[] {8, 6, 4, 2}) {
                DemoPairsHistory.pairs(h, k, w.at(k));
            }
            LESSONS.forEach((k, sources) -> {
                for (int i = 0; i < sources.size(); i++) {
                    // Written by the group, not by one of the demo people: their own data stays as the other demos
                    // expect.
                    h.execute(
                            "insert into lessons(team_id, source, source_ref, text, category, channel_id, visibility, "
                                    + "participants, created_at) values (?, ?, ?, ?, ?, ?, 'channel', ?, ?)",
                            Demo.TEAM,
                            sources.get(i),
                            "demo:" + k + ":" + i,
                            "Demo",
                            CATEGORIES[i],
                            Demo.GENERAL,
                            FIVE[i],
                            w.at(k) + i * 3_600_000L);
                }
            });
            miss(h, "vikarordning", monday.minusWeeks(1), 4);
            miss(h, "vikarordning", monday.minusWeeks(2), 3);
            miss(h, "permisjon", monday.minusWeeks(3), 5);
            miss(h, "budsjett", monday.minusWeeks(1), 3);
        });
    }

    private interface Week {
        long at(int weeksAgo);
    }

    private static void reflection(Handle h, int k, int n, long at) {
        long prompt = h.createUpdate(
                        "insert into reflection_prompts(team_id, channel_id, run_key, fire_time, prompt_id, "
                                + "theme, cycle, lang, text, anonymity, created_at) "
                                + "values (?, ?, ?, ?, 'demo', 'feedback', 1, 'nb', "
                                + "'Hva lærte du denne uka?', 1, ?)")
                .bind(0, Demo.TEAM)
                .bind(1, Demo.GENERAL)
                .bind(2, "demo:" + k)
                .bind(3, at)
                .bind(4, at)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
        for (int i = 0; i < n; i++) {
            boolean anonymous = i >= n - 2;
            h.execute(
                    "insert into reflection_answers(team_id, prompt_ref, user_id, anonymous, shared, text, created_at) "
                            + "values (?, ?, ?, ?, 0, 'Demo', ?)",
                    Demo.TEAM,
                    prompt,
                    anonymous ? null : FIVE[i],
                    anonymous ? 1 : 0,
                    anonymous ? at / 86_400_000L * 86_400_000L : at);
        }
    }

    private static long review(Handle h, int k, int n, long at, ZoneId zone) {
        long id = h.createUpdate("insert into aar_reviews(team_id, channel_id, title, created_by, start_key, "
                        + "deadline_date, deadline_at, time_zone, status, created_at) "
                        + "values (?, ?, ?, ?, ?, '2000-01-01', ?, ?, 'closed', ?)")
                .bind(0, Demo.TEAM)
                .bind(1, Demo.GENERAL)
                .bind(2, k == 7 ? "Nytt intranett" : k == 4 ? "Flytting av arkivet" : "Sommerturnus")
                .bind(3, Demo.MANAGER)
                .bind(4, "demo:" + k)
                .bind(5, at)
                .bind(6, zone.getId())
                .bind(7, at)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
        for (int i = 0; i < n; i++) {
            h.execute(
                    "insert into aar_answers(review_id, team_id, user_id, better, created_at, updated_at) "
                            + "values (?, ?, ?, 'Demo', ?, ?)",
                    id,
                    Demo.TEAM,
                    FIVE[i],
                    at,
                    at);
        }
        return id;
    }

    /** Seven action items: 2 done, 2 open, 2 overdue, 1 dropped; due dates around today. */
    private static void actions(Handle h, long[] reviews, LocalDate monday) {
        Object[][] items = {
            {7, "Lage sjekkliste for nyansatte", "U0KARI", monday.minusWeeks(5).plusDays(4), "done"},
            {7, "Spørre IT om tilgangene", "U0OLA", monday.minusWeeks(3), "open"},
            {4, "Boka ett uppföljningsmöte", "U0SVEN", monday.plusWeeks(1).plusDays(2), "open"},
            {4, "Skriva en rutinbeskrivning", "U0ASTRID", monday.minusWeeks(2), "dropped"},
            {2, "Oppdatere intranettsiden", "U0KARI", monday.minusWeeks(1), "done"},
            {2, "Teste skjemaet med innbyggere", "U0OLA", monday.minusWeeks(1).plusDays(2), "open"},
            {2, "Dela erfarenheterna på APT", "U0SVEN", monday.plusWeeks(2), "open"}
        };
        int position = 0;
        for (Object[] it : items) {
            h.execute(
                    "insert into aar_action_items(review_id, team_id, author_id, position, what, owner_id, due_date, "
                            + "status, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, 0)",
                    reviews[(int) it[0]],
                    Demo.TEAM,
                    Demo.MANAGER,
                    ++position,
                    it[1],
                    it[2],
                    it[3].toString(),
                    it[4]);
        }
    }

    private static void hats(Handle h, int k, int n, long at) {
        long id = h.createUpdate("insert into sixhats_exercises(team_id, channel_id, topic, mode, round_minutes, "
                        + "facilitator_id, seed, start_key, status, created_at) "
                        + "values (?, ?, 'Ny turnusordning', 'in_threes', 5, ?, "
                        + "1, ?, 'finished', ?)")
                .bind(0, Demo.TEAM)
                .bind(1, Demo.GENERAL)
                .bind(2, Demo.MANAGER)
                .bind(3, "demo:" + k)
                .bind(4, at)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
        for (int i = 0; i < n; i++) {
            h.execute(
                    "insert into sixhats_contributions(exercise_id, team_id, user_id, hat, text, view_id, created_at) "
                            + "values (?, ?, ?, 'white', 'Demo', ?, ?)",
                    id,
                    Demo.TEAM,
                    FIVE[i],
                    "demo:" + k + ":" + i,
                    at);
        }
    }

    private static void miss(Handle h, String words, LocalDate week, int searches) {
        h.execute(
                "insert into lesson_search_misses(team_id, channel_id, words, week, searches) values (?, ?, ?, ?, ?)",
                Demo.TEAM,
                Demo.GENERAL,
                words,
                week.toString(),
                searches);
    }
}
