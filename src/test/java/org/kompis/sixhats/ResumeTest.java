package org.kompis.sixhats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.kompis.Rituals;
import org.kompis.app.ConfigLoader;
import org.kompis.app.Kompis;
import org.kompis.core.NewLesson;
import org.kompis.testing.Eventually;
import org.kompis.testing.FakeSlack;
import org.kompis.testing.Sql;
import org.kompis.testing.TestApp;

/** An exercise finished just before Kompis stopped gets its summary and lesson after the restart, once. */
class ResumeTest {
    @Test
    void aFinishedExerciseWithoutASummaryIsSummarisedOnce() throws InterruptedException {
        List<NewLesson> lessons = new CopyOnWriteArrayList<>();
        Instant now = Instant.parse("2026-11-20T09:00:00Z");
        try (TestApp app =
                TestApp.start("", now, kit -> List.of(Rituals.commands(kit), Rituals.sixHats(kit, lessons::add)))) {
            long id = app.kit().jdbi().withHandle(h -> {
                long e = h.createUpdate("""
            insert into sixhats_exercises(team_id, channel_id, topic, mode, round_minutes, facilitator_id, seed, start_key,
                                          message_ts, status, conclusion_decide, created_at, finished_at)
            values (?, ?, 'A four-day week', 'in_threes', 10, ?, 1, 'k1', '1700000000.000001', 'finished', 'Try it in June', ?, ?)""")
                        .bind(0, FakeSlack.TEAM)
                        .bind(1, TestApp.CHANNEL)
                        .bind(2, TestApp.MANAGER)
                        .bind(3, now.toEpochMilli())
                        .bind(4, now.toEpochMilli())
                        .executeAndReturnGeneratedKeys("id")
                        .mapTo(Long.class)
                        .one();
                h.execute(
                        "insert into sixhats_contributions(exercise_id, team_id, user_id, hat, text, view_id, created_at) values (?, ?, ?, 'green', 'Fridays for learning', 'V1', 0)",
                        e,
                        FakeSlack.TEAM,
                        TestApp.KARI);
                return e;
            });
            app.kompis.close();

            try (Kompis again = restart(app, lessons)) {
                Eventually.eventually(() -> assertThat(app.slack.calls("chat.postMessage"))
                        .anySatisfy(c -> assertThat(c.param("thread_ts")).isEqualTo("1700000000.000001")));
                Eventually.eventually(() -> assertThat(Sql.one(
                                again.kit().jdbi(),
                                "select summary_ts from sixhats_exercises where id = ?",
                                String.class,
                                id))
                        .isNotNull());
                Eventually.eventually(() -> assertThat(lessons)
                        .singleElement()
                        .satisfies(d -> assertThat(d.text()).contains("Fridays for learning")));
            }
            int posts = app.slack.calls("chat.postMessage").size();
            try (Kompis third = restart(app, lessons)) {
                settle(third);
                assertThat(app.slack.calls("chat.postMessage"))
                        .as("a second start posts nothing new")
                        .hasSize(posts);
            }
        }
    }

    /** Waits until the start's own work (the resume) is done: the worker pool stays idle a moment. */
    private static void settle(Kompis kompis) throws InterruptedException {
        var pool = kompis.kit().workers();
        int quiet = 0;
        long deadline = System.currentTimeMillis() + 5000;
        while (quiet < 3 && System.currentTimeMillis() < deadline) {
            quiet = pool.idle() ? quiet + 1 : 0;
            Thread.sleep(15);
        }
    }

    /** Kompis started again on the same database, as after a crash: the start resumes what was left. */
    private static Kompis restart(TestApp app, List<NewLesson> lessons) {
        return Kompis.start(
                ConfigLoader.load(Map.of(
                        "PORT",
                        "0",
                        "SLACK_BOT_TOKEN",
                        FakeSlack.BOT_TOKEN,
                        "SLACK_SIGNING_SECRET",
                        TestApp.SECRET,
                        "SLACK_API_URL",
                        app.slack.apiUrl(),
                        "KOMPIS_DB_URL",
                        "jdbc:sqlite:" + app.dir.resolve("kompis.db"),
                        "KOMPIS_CONFIG",
                        app.dir.resolve("kompis.yaml").toString())),
                app.clock,
                false,
                kit -> List.of(Rituals.commands(kit), Rituals.sixHats(kit, lessons::add)));
    }
}
