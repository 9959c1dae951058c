package org.kompis.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kompis.core.LessonSource;
import org.kompis.core.NewLesson;
import org.kompis.i18n.Lang;
import org.kompis.lessons.LessonStore;
import org.kompis.testing.FakeSlack;
import org.kompis.testing.Sql;
import org.kompis.testing.TestApp;

/**
 * Every ritual's personal-data statements run on the database under test (both halves of the suite): what is
 * described, exported, forgotten and purged for one person. PrivacyTest walks every column, on SQLite only.
 */
class PersonalStoresTest {
    static final String ME = TestApp.KARI;
    static final String OTHER = TestApp.SVEN;

    @Test
    void describeExportForgetAndPurgeRunForEveryPart() {
        try (TestApp app = TestApp.start()) {
            var jdbi = app.kit().jdbi();
            LessonStore lessons = jdbi.onDemand(LessonStore.class);
            lessons.add(NewLesson.of(LessonSource.MANUAL, FakeSlack.TEAM, "Mine")
                    .inChannel(TestApp.CHANNEL)
                    .by(ME));
            lessons.add(NewLesson.of(LessonSource.MANUAL, FakeSlack.TEAM, "Theirs")
                    .inChannel(TestApp.CHANNEL)
                    .by(OTHER)
                    .participants(OTHER, ME));
            var privacy = app.kit().privacy();

            List<String> lines =
                    privacy.describe(FakeSlack.TEAM, ME, app.kit().messages().in(Lang.EN));
            assertThat(lines)
                    .anyMatch(l -> l.contains("1 lesson you wrote") && l.contains("1 lesson you took part in"));
            Map<String, Object> export = privacy.export(FakeSlack.TEAM, ME);
            assertThat(export)
                    .containsKeys(
                            "aar_answers",
                            "pairs_groups",
                            "sixhats_seats",
                            "reflection_answers",
                            "lessons_written",
                            "lessons_taken_part_in",
                            "insight_sessions",
                            "user_settings",
                            "installations");
            assertThat((List<?>) export.get("lessons_written")).hasSize(1);
            assertThat((List<?>) export.get("lessons_taken_part_in")).hasSize(1);

            privacy.forget(FakeSlack.TEAM, ME);
            assertThat(Sql.strings(jdbi, "select text from lessons order by id"))
                    .containsExactly("Theirs");
            assertThat(Sql.strings(jdbi, "select participants from lessons")).containsExactly(OTHER);
            assertThat(privacy.describe(FakeSlack.TEAM, ME, app.kit().messages().in(Lang.EN)))
                    .isEmpty();

            privacy.purge(Instant.parse("2100-01-01T00:00:00Z").toEpochMilli());
            assertThat(Sql.count(jdbi, "select count(*) from lessons")).isZero();
        }
    }
}
