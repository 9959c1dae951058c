package org.kompis.insights;

import java.time.Instant;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.kompis.testing.FakeSlack;

/** Rows as the rituals store them, written straight into the real schema: history for the insights to read. */
final class Seed {
    static final String TEAM = FakeSlack.TEAM;
    private final Jdbi jdbi;

    Seed(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    long prompt(String channel, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("""
        insert into reflection_prompts(team_id, channel_id, run_key, fire_time, prompt_id, theme, cycle, lang, text,
          anonymity, created_at) values (:t, :c, :k, :at, 'p1', 'feedback', 1, 'en', 'What did you learn?', 1, :at)""")
                .bind("t", TEAM)
                .bind("c", channel)
                .bind("k", UUID.randomUUID().toString())
                .bind("at", at.toEpochMilli())
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one());
    }

    /** An answer; {@code user} null is anonymous (and, as the ritual does, its time cut to the day). */
    void answer(long prompt, String user, Instant at) {
        long day = 86_400_000L;
        long created = user == null ? at.toEpochMilli() / day * day : at.toEpochMilli();
        jdbi.useHandle(h -> h.createUpdate("""
        insert into reflection_answers(team_id, prompt_ref, user_id, anonymous, shared, text, created_at)
        values (:t, :p, :u, :a, 1, 'An answer', :at)""")
                .bind("t", TEAM)
                .bind("p", prompt)
                .bind("u", user)
                .bind("a", user == null ? 1 : 0)
                .bind("at", created)
                .execute());
    }

    long review(String channel, Instant at, String title) {
        return jdbi.withHandle(h -> h.createUpdate("""
        insert into aar_reviews(team_id, channel_id, title, created_by, start_key, deadline_date, deadline_at,
          time_zone, created_at) values (:t, :c, :title, 'UINGRID', :k, '2026-12-01', 0, 'Europe/Oslo', :at)""")
                .bind("t", TEAM)
                .bind("c", channel)
                .bind("title", title)
                .bind("k", UUID.randomUUID().toString())
                .bind("at", at.toEpochMilli())
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one());
    }

    void reviewAnswer(long review, String user) {
        jdbi.useHandle(h -> h.createUpdate("""
        insert into aar_answers(review_id, team_id, user_id, better, created_at, updated_at)
        values (:r, :t, :u, 'Plan earlier', 0, 0)""")
                .bind("r", review)
                .bind("t", TEAM)
                .bind("u", user)
                .execute());
    }

    void action(long review, int position, String what, String owner, String due, String status) {
        jdbi.useHandle(h -> h.createUpdate("""
        insert into aar_action_items(review_id, team_id, author_id, position, what, owner_id, due_date, status,
          updated_at) values (:r, :t, :o, :p, :w, :o, :d, :s, 0)""")
                .bind("r", review)
                .bind("t", TEAM)
                .bind("o", owner)
                .bind("p", position)
                .bind("w", what)
                .bind("d", due)
                .bind("s", status)
                .execute());
    }

    long exercise(String channel, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("""
        insert into sixhats_exercises(team_id, channel_id, topic, mode, round_minutes, facilitator_id, seed,
          start_key, created_at) values (:t, :c, 'New rota', 'in_threes', 5, 'UINGRID', 1, :k, :at)""")
                .bind("t", TEAM)
                .bind("c", channel)
                .bind("k", UUID.randomUUID().toString())
                .bind("at", at.toEpochMilli())
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one());
    }

    void contribution(long exercise, String user) {
        jdbi.useHandle(h -> h.createUpdate("""
        insert into sixhats_contributions(exercise_id, team_id, user_id, hat, text, view_id, created_at)
        values (:e, :t, :u, 'white', 'facts', :v, 0)""")
                .bind("e", exercise)
                .bind("t", TEAM)
                .bind("u", user)
                .bind("v", UUID.randomUUID().toString())
                .execute());
    }

    long round(String channel, Instant at, int no) {
        return jdbi.withHandle(h -> h.createUpdate("""
        insert into pairs_rounds(team_id, channel_id, round_no, run_key, round_at, status, created_at)
        values (:t, :c, :n, :k, :at, 'matched', :at)""")
                .bind("t", TEAM)
                .bind("c", channel)
                .bind("n", no)
                .bind("k", UUID.randomUUID().toString())
                .bind("at", at.toEpochMilli())
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one());
    }

    long group(long round, String channel, int no, boolean crossTeams, boolean firstMeeting, String... members) {
        long id = jdbi.withHandle(h -> h.createUpdate("""
        insert into pairs_groups(round_id, team_id, channel_id, group_no, lang, first_meeting, different_teams)
        values (:r, :t, :c, :n, 'en', :f, :x)""")
                .bind("r", round)
                .bind("t", TEAM)
                .bind("c", channel)
                .bind("n", no)
                .bind("f", firstMeeting ? 1 : 0)
                .bind("x", crossTeams ? 1 : 0)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one());
        for (String m : members) {
            jdbi.useHandle(h -> h.execute("insert into pairs_group_members(group_id, user_id) values (?, ?)", id, m));
        }
        return id;
    }

    void met(long group, String user, String answer) {
        jdbi.useHandle(h -> h.execute(
                "insert into pairs_answers(group_id, user_id, answer, answered_at) " + "values (?, ?, ?, 0)",
                group,
                user,
                answer));
    }

    void lesson(String channel, Instant at, String source, String category, String author) {
        jdbi.useHandle(h -> h.createUpdate("""
        insert into lessons(team_id, source, text, category, channel_id, visibility, author_id, created_at)
        values (:t, :s, 'A lesson', :cat, :c, 'channel', :a, :at)""")
                .bind("t", TEAM)
                .bind("s", source)
                .bind("cat", category)
                .bind("c", channel)
                .bind("a", author)
                .bind("at", at.toEpochMilli())
                .execute());
    }

    void miss(String channel, String words, String week, int searches) {
        jdbi.useHandle(h -> h.execute(
                "insert into lesson_search_misses(team_id, channel_id, words, week, searches) "
                        + "values (?, ?, ?, ?, ?)",
                TEAM,
                channel,
                words,
                week,
                searches));
    }
}
