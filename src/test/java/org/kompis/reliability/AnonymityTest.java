package org.kompis.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.kompis.testing.Eventually;
import org.kompis.testing.Payloads;
import org.kompis.testing.Sql;
import org.kompis.testing.TestApp;

/**
 * Guarantee 15: an anonymous lesson keeps only its day, not the minute it was written, so its time cannot be
 * matched with who was active then. Before: the exact millisecond was stored. (Anonymous reflection answers already
 * kept the day only.)
 */
class AnonymityTest {
    @Test
    void anAnonymousLessonKeepsOnlyItsDay() {
        try (TestApp app = TestApp.start()) {
            app.clock.advance(Duration.ofMinutes(137));
            app.submit(
                    TestApp.EMMA,
                    "lessons_add_modal",
                    TestApp.CHANNEL,
                    Payloads.values(
                            "text",
                            "text",
                            Payloads.text("Say what you do not know."),
                            "options",
                            "options",
                            Payloads.options("anonymous")));
            app.submit(
                    TestApp.OLA,
                    "lessons_add_modal",
                    TestApp.CHANNEL,
                    Payloads.values("text", "text", Payloads.text("Signed lesson.")));
            Eventually.eventually(() -> assertThat(Sql.count(app.kit().jdbi(), "select count(*) from lessons"))
                    .isEqualTo(2));
            long anonymous =
                    Sql.one(app.kit().jdbi(), "select created_at from lessons where author_id is null", Long.class);
            long signed =
                    Sql.one(app.kit().jdbi(), "select created_at from lessons where author_id is not null", Long.class);
            assertThat(anonymous % 86_400_000L).isZero();
            assertThat(signed % 86_400_000L).isNotZero();
        }
    }
}
