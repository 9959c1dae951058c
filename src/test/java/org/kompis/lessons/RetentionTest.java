package org.kompis.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.kompis.core.LessonSource;
import org.kompis.core.NewLesson;
import org.kompis.testing.FakeSlack;
import org.kompis.testing.Sql;
import org.kompis.testing.TestApp;

/** With {@code retention_days} set, the nightly purge removes old lessons (and their index rows); newer ones stay. */
class RetentionTest {
    @Test
    void theNightlyPurgeRemovesLessonsOlderThanTheRetention() {
        try (TestApp app = TestApp.start("retention_days: 30\n", Instant.parse("2026-11-20T09:00:00Z"))) {
            LessonStore store = app.kit().jdbi().onDemand(LessonStore.class);
            store.add(NewLesson.of(LessonSource.MANUAL, FakeSlack.TEAM, "An old lesson about budgets")
                    .inChannel(TestApp.CHANNEL)
                    .at(app.clock.millis()));
            app.clock.advance(Duration.ofDays(20));
            store.add(NewLesson.of(LessonSource.MANUAL, FakeSlack.TEAM, "A newer lesson about budgets")
                    .inChannel(TestApp.CHANNEL)
                    .by(TestApp.KARI)
                    .at(app.clock.millis()));
            app.clock.advance(Duration.ofDays(15));
            app.kit().scheduler().runDue();
            assertThat(Sql.strings(app.kit().jdbi(), "select text from lessons"))
                    .containsExactly("A newer lesson about budgets");
            assertThat(Sql.indexed(app.kit().jdbi(), "budgets")).isEqualTo(1);
        }
    }
}
