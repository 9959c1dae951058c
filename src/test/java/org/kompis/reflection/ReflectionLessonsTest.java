package org.kompis.reflection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kompis.testing.Json;
import org.kompis.testing.Sql;
import org.kompis.testing.TestApp;

/** Shared answers reach the lessons library as wired in Rituals; anonymous ones without an author. */
class ReflectionLessonsTest {
    @Test
    void sharedAnswersAreFoundWithLessonsAndPrivateOnesAreNot() throws Exception {
        try (TestApp app = TestApp.start()) {
            String ts = ReflectionFlowTest.postPrompt(app, TestApp.EMMA, TestApp.CHANNEL);
            long id = ReflectionFlowTest.promptId(app, ts);
            app.submit(
                    TestApp.EMMA,
                    "reflect_answer",
                    id + "|en",
                    ReflectionFlowTest.answer("Pairing on the budget saved a week", true, false, "budget"));
            app.submit(
                    TestApp.SVEN,
                    "reflect_answer",
                    id + "|sv",
                    ReflectionFlowTest.answer("Jag vågade fråga om budgeten", true, true, ""));
            app.submit(
                    TestApp.OLA,
                    "reflect_answer",
                    id + "|en",
                    ReflectionFlowTest.answer("My private budget note", false, false, ""));
            long deadline = System.currentTimeMillis() + 5000;
            while (Sql.count(app.kit().jdbi(), "select count(*) from lessons where source = 'reflection'") < 2
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            assertThat(Sql.count(app.kit().jdbi(), "select count(*) from lessons where source = 'reflection'"))
                    .isEqualTo(2);
            assertThat(Sql.count(
                            app.kit().jdbi(),
                            "select count(*) from lessons where source = 'reflection' and author_id is null"))
                    .isEqualTo(1);

            String found = Json.text(app.reply(app.command(TestApp.KARI, "/lessons", "budget* source:reflection")));
            assertThat(found)
                    .contains("Pairing on the budget saved a week", "Jag vågade fråga om budgeten")
                    .doesNotContain("My private budget note");
        }
    }
}
