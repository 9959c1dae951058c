package org.kompis.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kompis.lessons.LessonsRig.form;
import static org.kompis.lessons.LessonsRig.search;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kompis.testing.TestApp;

/**
 * Guarantee 12, paged reads: a member whose private channel is on the third page of {@code users.conversations}
 * finds its lessons although Slack refused that page once (429); the failed page is asked again, and the list is
 * never cut short at the page that failed.
 */
class PagedReadTest {
    TestApp app;

    @BeforeEach
    void start() {
        app = TestApp.start("", Instant.parse("2026-11-20T09:00:00Z"));
        app.slack
                .privateChannel("C0SECRET", TestApp.KARI, TestApp.SVEN)
                .channel("C0OPEN", TestApp.KARI)
                .pageSize(1);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void aRefusedPageIsAskedAgainAndThePrivateLessonIsFound() {
        LessonsRig.add(
                app,
                TestApp.KARI,
                "C0SECRET",
                form("Bring the numbers to a salary talk.", "Salaries", "pay", "on_the_job", "workspace"));
        app.slack.failPage("users.conversations", "2", 429, 1);
        assertThat(search(app, TestApp.KARI, "salary talk")).contains("*Salaries*");
        assertThat(app.slack.calls("users.conversations").stream().filter(c -> "2".equals(c.param("cursor"))))
                .as("the third page, asked again")
                .hasSizeGreaterThanOrEqualTo(2);
    }
}
