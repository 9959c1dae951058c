package org.kompis.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kompis.testing.Sql;
import org.kompis.testing.TestApp;

/**
 * Guarantee 3, after-action reviews: when Slack answers 500 to the review's root post, the post may be in the
 * channel with its buttons. It is not posted again, and the review is kept so those buttons work; the manager is
 * told. Before: the gateway posted it up to four times, and after the last failure deleted the review.
 */
class UncertainPostTest {
    static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aReviewWhoseRootPostMayExistIsKeptAndNotPostedTwice() {
        int posts = app.slack.calls("chat.postMessage").size();
        app.slack.failNext("chat.postMessage", 500, 0, 3);
        String reply = app.command(TestApp.MANAGER, "/aar", "Nytt turnussystem");
        assertThat(app.reply(reply)).contains("vet ikke om den kom fram");
        assertThat(app.slack.calls("chat.postMessage")).hasSize(posts + 1);
        long review =
                Sql.one(app.kit().jdbi(), "select id from aar_reviews where title = 'Nytt turnussystem'", Long.class);

        app.action(TestApp.KARI, TestApp.CHANNEL, "1.1", "aar_answer", String.valueOf(review), "add");
        assertThat(app.slack.await("views.open").param("view")).contains("aar_answer_modal");
    }
}
