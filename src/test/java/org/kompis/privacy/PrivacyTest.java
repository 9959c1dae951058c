package org.kompis.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kompis.core.LessonSource;
import org.kompis.core.NewLesson;
import org.kompis.core.Visibility;
import org.kompis.lessons.LessonStore;
import org.kompis.testing.FakeSlack;
import org.kompis.testing.Json;
import org.kompis.testing.Payloads;
import org.kompis.testing.Sql;
import org.kompis.testing.TestApp;

/**
 * /kompis privacy end to end: what is stored, the export file, and "Delete my data", after which a walk over every
 * table and column finds the person's id nowhere, while other people's rows stay.
 */
class PrivacyTest {
    static final String ME = TestApp.KARI;
    static final String OTHER = TestApp.SVEN;
    /** Columns that hold a person's id; any new one must be seeded below, so nobody's data escapes "forget". */
    static final Pattern PERSON_COLUMN = Pattern.compile(
            "(user_id|author_id|owner_id|facilitator_id|[a-z]+_by|newcomer|buddy|volunteers|rather_not|a|b|participants|help)");

    TestApp app;

    @BeforeEach
    void start() {
        app = TestApp.start();
        seed(app.kit().jdbi(), ME);
        seed(app.kit().jdbi(), OTHER);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void everyPersonColumnIsSeededSoTheWalkMeansSomething() {
        List<String> unseeded = new ArrayList<>();
        for (String[] column : personColumns(app.kit().jdbi())) {
            if (Sql.count(
                            app.kit().jdbi(),
                            "select count(*) from " + column[0] + " where " + column[1] + " like ?",
                            "%" + ME + "%")
                    == 0) {
                unseeded.add(column[0] + "." + column[1]);
            }
        }
        assertThat(unseeded)
                .as("person columns without a seeded row: add them to seed() and to a PersonalData part")
                .isEmpty();
    }

    @Test
    void privacyShowsWhatIsStoredInTheAskersLanguage() {
        String reply = Json.text(app.reply(app.command(ME, "/kompis", "privacy")));
        assertThat(reply)
                .contains(
                        "Dine data i Kompis",
                        "Erfaringsgjennomganger: 1 svar",
                        "Seks tenkehatter",
                        "Lærdomsbanken: 1 lærdom du har skrevet, 1 lærdom du var med på",
                        "Eksporter dataene mine",
                        "Slett dataene mine");
        assertThat(Json.text(app.reply(app.command(TestApp.OLA, "/kompis", "privacy"))))
                .contains("Kompis stores nothing about you.");
    }

    @Test
    void exportSendsAJsonFileToMyDm() {
        app.action(ME, "1.1", "privacy_export", "export");
        FakeSlack.Call upload = app.slack.await("file_upload");
        assertThat(upload.param("body"))
                .contains("\"user_id\": \"" + ME + "\"", "My answer about the intranet", "aar_answers");
        assertThat(upload.param("body")).doesNotContain("Sven's answer");
    }

    @Test
    void deleteMyDataLeavesMyIdInNoTableAndKeepsOthers() {
        app.action(ME, "1.1", "privacy_delete", "delete");
        assertThat(app.slack.await("views.open").param("view")).contains("privacy_delete_modal");
        var r = app.submit(ME, "privacy_delete_modal", null, Payloads.values());
        assertThat(r.statusCode()).isEqualTo(200);
        app.slack.await(
                "chat.postMessage",
                c -> Json.text(c.param("text") == null ? "\"\"" : "\"" + c.param("text") + "\"")
                        .contains("Kompis"));

        Jdbi jdbi = app.kit().jdbi();
        List<String> left = new ArrayList<>();
        jdbi.useHandle(h -> {
            for (String table : tables(h)) {
                for (String column : columns(h, table)) {
                    int n = h.createQuery(
                                    "select count(*) from " + table + " where cast(" + column + " as text) like ?")
                            .bind(0, "%" + ME + "%")
                            .mapTo(Integer.class)
                            .one();
                    if (n > 0) {
                        left.add(table + "." + column + " (" + n + ")");
                    }
                }
            }
        });
        assertThat(left).as("rows that still carry my id").isEmpty();
        assertThat(Sql.count(jdbi, "select count(*) from aar_answers where user_id = ?", OTHER))
                .isEqualTo(1);
        assertThat(Sql.count(jdbi, "select count(*) from sixhats_contributions where user_id = ?", OTHER))
                .isEqualTo(1);
        assertThat(Sql.count(jdbi, "select count(*) from aar_reviews"))
                .as("shared reviews stay")
                .isEqualTo(2);
        assertThat(Sql.count(jdbi, "select count(*) from reflection_answers where anonymous = 1"))
                .as("anonymous answers stay")
                .isEqualTo(2);
        assertThat(Sql.strings(jdbi, "select participants from lessons where author_id = ?", OTHER))
                .as("my id leaves the lessons others wrote")
                .containsExactly(OTHER);
        assertThat(Sql.count(jdbi, "select count(*) from lessons where author_id is null"))
                .as("anonymous lessons stay")
                .isEqualTo(2);
        assertThat(Sql.indexed(jdbi, "login"))
                .as("the search index follows: only the other person's lesson is found")
                .isEqualTo(1);
    }

    /** One row per person in every table that holds a person's id, shaped as the rituals write them. */
    static void seed(Jdbi jdbi, String user) {
        jdbi.useHandle(h -> {
            h.execute("insert into user_settings(team_id, user_id, lang) values (?, ?, 'nb')", FakeSlack.TEAM, user);
            h.execute(
                    "insert into workspace_settings(team_id, lang, updated_by, updated_at) values (?, 'nb', ?, 0)"
                            + " on conflict(team_id) do nothing",
                    FakeSlack.TEAM,
                    user);
            h.execute(
                    "insert into slack_installers(team_id, user_id, installed_at) values (?, ?, 0)",
                    FakeSlack.TEAM,
                    user);
            long review = h.createUpdate("""
          insert into aar_reviews(team_id, channel_id, title, created_by, closed_by, start_key, deadline_date, deadline_at,
                                  time_zone, status, created_at)
          values (?, 'C1', 'Intranet', ?, ?, ?, '2026-11-25', 0, 'Europe/Oslo', 'closed', 0)""")
                    .bind(0, FakeSlack.TEAM)
                    .bind(1, user)
                    .bind(2, user)
                    .bind(3, "k-" + user.hashCode())
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            h.execute("insert into aar_participants(review_id, user_id) values (?, ?)", review, user);
            h.execute(
                    "insert into aar_answers(review_id, team_id, user_id, actual, created_at, updated_at) values (?, ?, ?, ?, 0, 0)",
                    review,
                    FakeSlack.TEAM,
                    user,
                    user.equals(ME) ? "My answer about the intranet" : "Sven's answer");
            h.execute("""
          insert into aar_action_items(review_id, team_id, author_id, position, what, owner_id, due_date, updated_at)
          values (?, ?, ?, 1, 'Checklist', ?, '2026-12-01', 0)""", review, FakeSlack.TEAM, user, user);
            long exercise = h.createUpdate("""
          insert into sixhats_exercises(team_id, channel_id, topic, mode, round_minutes, facilitator_id, seed, start_key, created_at)
          values (?, 'C1', 'Four-day week', 'in_threes', 10, ?, 1, ?, 0)""")
                    .bind(0, FakeSlack.TEAM)
                    .bind(1, user)
                    .bind(2, "s-" + user.hashCode())
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            h.execute(
                    "insert into sixhats_participants(exercise_id, team_id, user_id, hat, joined_at) values (?, ?, ?, 'red', 0)",
                    exercise,
                    FakeSlack.TEAM,
                    user);
            h.execute(
                    "insert into sixhats_contributions(exercise_id, team_id, user_id, hat, text, view_id, created_at) values (?, ?, ?, 'red', 'Gut feeling', ?, 0)",
                    exercise,
                    FakeSlack.TEAM,
                    user,
                    "V" + user.hashCode());
            h.execute(
                    "insert into reflection_channels(team_id, channel_id, updated_by, updated_at) values (?, ?, ?, 0)",
                    FakeSlack.TEAM,
                    "C" + Math.abs(user.hashCode()),
                    user);
            h.execute(
                    "insert into reflection_own_prompts(team_id, channel_id, text, created_by, created_at) values (?, 'C1', 'What surprised you?', ?, 0)",
                    FakeSlack.TEAM,
                    user);
            long prompt = h.createUpdate("""
          insert into reflection_prompts(team_id, channel_id, run_key, fire_time, prompt_id, theme, cycle, lang, text, anonymity,
                                         requested_by, created_at)
          values (?, 'C1', ?, 0, 'job-01', 'on_the_job', 1, 'en', 'What did you learn?', 1, ?, 0)""")
                    .bind(0, FakeSlack.TEAM)
                    .bind(1, "now:" + user.hashCode())
                    .bind(2, user)
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            h.execute(
                    "insert into reflection_answers(team_id, prompt_ref, user_id, anonymous, shared, text, created_at) values (?, ?, ?, 0, 1, 'I learned to ask', 0)",
                    FakeSlack.TEAM,
                    prompt,
                    user);
            h.execute(
                    "insert into reflection_answers(team_id, prompt_ref, user_id, anonymous, shared, text, created_at) values (?, ?, null, 1, 1, 'Anonymous insight', 0)",
                    FakeSlack.TEAM,
                    prompt);
            h.execute(
                    "insert into pairs_members(team_id, channel_id, user_id, joined_at) values (?, 'C1', ?, 0)",
                    FakeSlack.TEAM,
                    user);
            h.execute(
                    "insert into insight_sessions(id, team_id, user_id, csrf, created_at, expires_at) values (?, ?, ?, 'x', 0, 1)",
                    "session-" + user,
                    FakeSlack.TEAM,
                    user);
            h.execute(
                    "insert into insight_subscribers(team_id, user_id, created_at) values (?, ?, 0)",
                    FakeSlack.TEAM,
                    user);
            h.execute(
                    "insert into insight_reports(team_id, user_id, month, created_at) values (?, ?, '2026-11', 0)",
                    FakeSlack.TEAM,
                    user);
            h.execute(
                    "insert into pairs_profiles(team_id, user_id, unit, can_help, rather_not, updated_at) values (?, ?, 'HR', 'excel', ?, 0)",
                    FakeSlack.TEAM,
                    user,
                    user.equals(ME) ? TestApp.EMMA : ME);
            long round = h.createUpdate("""
          insert into pairs_rounds(team_id, channel_id, round_no, run_key, round_at, created_by, created_at)
          values (?, 'C1', ?, ?, 0, ?, 0)""")
                    .bind(0, FakeSlack.TEAM)
                    .bind(1, Math.abs(user.hashCode()) % 1000)
                    .bind(2, "now:" + user.hashCode())
                    .bind(3, user)
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            long group = h.createUpdate("""
          insert into pairs_groups(round_id, team_id, channel_id, group_no, lang, help, first_meeting, different_teams)
          values (?, ?, 'C1', 1, 'nb', ?, 1, 1)""")
                    .bind(0, round)
                    .bind(1, FakeSlack.TEAM)
                    .bind(2, user + " " + TestApp.EMMA + " excel\n" + TestApp.EMMA + " " + TestApp.OLA + " sql")
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            h.execute("insert into pairs_group_members(group_id, user_id) values (?, ?)", group, user);
            h.execute("insert into pairs_group_members(group_id, user_id) values (?, ?)", group, TestApp.EMMA);
            h.execute(
                    "insert into pairs_meetings(team_id, channel_id, a, b, round_no) values (?, 'C1', ?, ?, 1)",
                    FakeSlack.TEAM,
                    user,
                    TestApp.EMMA);
            h.execute(
                    "insert into pairs_meetings(team_id, channel_id, a, b, round_no) values (?, 'C1', ?, ?, 2)",
                    FakeSlack.TEAM,
                    TestApp.EMMA,
                    user);
            h.execute(
                    "insert into pairs_answers(group_id, user_id, answer, answered_at) values (?, ?, 'yes', 0)",
                    group,
                    user);
            h.execute(
                    "insert into pairs_learnings(group_id, team_id, channel_id, user_id, text, shared, created_at) values (?, ?, 'C1', ?, 'Pivot tables', 1, 0)",
                    group,
                    FakeSlack.TEAM,
                    user);
            h.execute(
                    "insert or ignore into pairs_buddy_settings(team_id, channel_id, enabled, volunteers, updated_by, updated_at) values (?, 'C1', 1, '', ?, 0)",
                    FakeSlack.TEAM,
                    user);
            h.execute(
                    "update pairs_buddy_settings set volunteers = trim(volunteers || ',' || ?, ',') where team_id = ?",
                    user,
                    FakeSlack.TEAM);
            h.execute(
                    "insert into pairs_buddies(team_id, channel_id, newcomer, buddy, lang, assigned_at) values (?, ?, ?, ?, 'nb', 0)",
                    FakeSlack.TEAM,
                    "C" + Math.abs(user.hashCode()),
                    user,
                    TestApp.OLA);
            h.execute(
                    "insert into pairs_buddies(team_id, channel_id, newcomer, buddy, lang, assigned_at) values (?, ?, ?, ?, 'nb', 0)",
                    FakeSlack.TEAM,
                    "D" + Math.abs(user.hashCode()),
                    TestApp.OLA,
                    user);
            String other = user.equals(ME) ? OTHER : ME;
            // Through the store, as the rituals write them: a lesson is analysed for search when it is stored.
            LessonStore lessons = h.attach(LessonStore.class);
            lessons.add(NewLesson.of(LessonSource.AAR, FakeSlack.TEAM, "Test the login with real accounts")
                    .topic("Intranet")
                    .ref("aar:" + review + ":better:" + user)
                    .inChannel("C1")
                    .by(user)
                    .participants(user, other)
                    .at(0));
            lessons.add(NewLesson.of(LessonSource.MANUAL, FakeSlack.TEAM, "An anonymous lesson " + user.hashCode())
                    .inChannel("C1")
                    .visibility(Visibility.WORKSPACE)
                    .at(0));
            h.execute("""
          insert into schedules(team_id, ritual, channel_id, cron, time_zone, anchor, created_by, created_at)
          values (?, 'reflect', ?, '0 0 9 ? * FRI', 'Europe/Oslo', '2026-01-05', ?, 0)""", FakeSlack.TEAM, "C" + Math.abs(user.hashCode()), user);
        });
    }

    static List<String[]> personColumns(Jdbi jdbi) {
        return jdbi.withHandle(h -> {
            List<String[]> out = new ArrayList<>();
            for (String table : tables(h)) {
                for (String column : columns(h, table)) {
                    if (PERSON_COLUMN.matcher(column).matches()) {
                        out.add(new String[] {table, column});
                    }
                }
            }
            return out;
        });
    }

    static List<String> tables(Handle h) {
        return h.createQuery("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' "
                        + "and name not like 'flyway_%' and sql not like '%VIRTUAL TABLE%' and name not like '%_fts%'")
                .mapTo(String.class)
                .list();
    }

    static List<String> columns(Handle h, String table) {
        return h.createQuery("select name from pragma_table_info(?)")
                .bind(0, table)
                .mapTo(String.class)
                .list();
    }
}
