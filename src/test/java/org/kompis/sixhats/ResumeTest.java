package org.kompis.sixhats;

import static org.assertj.core.api.Assertions.assertThat;

import org.kompis.core.NewLesson;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.kompis.commands.CoreCommands;
import org.kompis.testing.Eventually;
import org.kompis.testing.FakeSlack;
import org.kompis.testing.Sql;
import org.kompis.testing.TestApp;

/** An exercise finished just before Kompis stopped gets its summary and lesson after the restart, once. */
class ResumeTest {
  @Test
  void aFinishedExerciseWithoutASummaryIsSummarisedOnce() {
    List<NewLesson> lessons = new CopyOnWriteArrayList<>();
    SixHatsRitual ritual = new SixHatsRitual(lessons::add);
    Instant now = Instant.parse("2026-11-20T09:00:00Z");
    try (TestApp app = TestApp.start("", now, List.of(new CoreCommands(), ritual))) {
      long id = app.kit().jdbi().withHandle(h -> {
        long e = h.createUpdate("""
            insert into sixhats_exercises(team_id, channel_id, topic, mode, round_minutes, facilitator_id, seed, start_key,
                                          message_ts, status, conclusion_decide, created_at, finished_at)
            values (?, ?, 'A four-day week', 'in_threes', 10, ?, 1, 'k1', '1700000000.000001', 'finished', 'Try it in June', ?, ?)""")
            .bind(0, FakeSlack.TEAM).bind(1, TestApp.CHANNEL).bind(2, TestApp.MANAGER).bind(3, now.toEpochMilli())
            .bind(4, now.toEpochMilli()).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        h.execute("insert into sixhats_contributions(exercise_id, team_id, user_id, hat, text, view_id, created_at) values (?, ?, ?, 'green', 'Fridays for learning', 'V1', 0)",
            e, FakeSlack.TEAM, TestApp.KARI);
        return e;
      });

      ritual.resume();
      Eventually.eventually(() -> assertThat(app.slack.calls("chat.postMessage"))
          .anySatisfy(c -> assertThat(c.param("thread_ts")).isEqualTo("1700000000.000001")));
      assertThat(Sql.one(app.kit().jdbi(), "select summary_ts from sixhats_exercises where id = ?", String.class, id)).isNotNull();
      assertThat(lessons).singleElement().satisfies(d -> assertThat(d.text()).contains("Fridays for learning"));

      int posts = app.slack.calls("chat.postMessage").size();
      ritual.resume();
      assertThat(app.slack.calls("chat.postMessage")).as("a second start posts nothing new").hasSize(posts);
    }
  }
}
