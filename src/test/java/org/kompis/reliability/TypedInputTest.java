package org.kompis.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kompis.testing.Eventually;
import org.kompis.testing.Payloads;
import org.kompis.testing.Sql;
import org.kompis.testing.TestApp;

/**
 * Guarantee 11, end to end: a lesson typed with a NUL, a right-to-left override and a zero-width space is stored
 * without them, and otherwise as written. Before: stored as sent (PostgreSQL refuses NUL outright).
 */
class TypedInputTest {
    @Test
    void aFormsTextIsStoredNormalised() {
        try (TestApp app = TestApp.start()) {
            app.submit(
                    TestApp.EMMA,
                    "lessons_add_modal",
                    TestApp.CHANNEL,
                    Payloads.values(
                            "text", "text", Payloads.text("Book\u0000 the \u202Eroom\u200B early: blåbær 👩\u200D💻")));
            Eventually.eventually(() -> assertThat(Sql.strings(app.kit().jdbi(), "select text from lessons"))
                    .containsExactly("Book the room early: blåbær 👩\u200D💻"));
        }
    }
}
