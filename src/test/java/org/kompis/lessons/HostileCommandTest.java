package org.kompis.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kompis.core.LessonSource;
import org.kompis.core.NewLesson;
import org.kompis.testing.FakeSlack;
import org.kompis.testing.Json;
import org.kompis.testing.Sql;
import org.kompis.testing.TestApp;

/**
 * Anything a person types after {@code /lessons} is a query: each of these gets a 200 for the command and an
 * ephemeral answer through the response_url, never Kompis's "something went wrong", and the library is intact.
 */
class HostileCommandTest {
    static TestApp app;

    static final List<String> HOSTILE = List.of(
            "\"",
            "\"\"\"",
            "\"unbalanced",
            "*",
            "**",
            "a*",
            "*deploy",
            "NEAR(",
            "NEAR(a b, 2)",
            "OR",
            "AND NOT",
            "a OR b",
            "-deploy",
            "^deploy",
            ":",
            "'; DROP TABLE lessons; --",
            "\\",
            "\\\\\"",
            "😀",
            "👩‍👩‍👧 🇳🇴",
            "x".repeat(4000),
            "deploy ".repeat(600),
            "!@#$%^&*()[]{}<>?/|~`",
            "{topic text}: x",
            "topic:deploy",
            "col:",
            "מה למדנו היום",
            "\u202Edeploy\u202C",
            "a\u0000b",
            "%_%",
            "in:",
            "#",
            "##",
            "from:@",
            "from:",
            "source:",
            "source:jira",
            "in:<#>",
            "in:<#|>",
            "from:<@>",
            "<",
            ">",
            "<<>>",
            "<@U1",
            "in:<#C1|x",
            "(deploy)",
            "\uD800",
            "NULL",
            "1=1",
            "rowid:1",
            "lessons_fts",
            "\r\n\t",
            "<!channel> deploy",
            "<!here|here>",
            "<https://evil.example|click>",
            "in:<#C0GENERAL|general> from:<@UKARI|kari> source:aar #deploy deploy*",
            "{0} {1}",
            "'{0}'",
            "%s %n",
            "```code```",
            "*bold* _it_ ~x~",
            "&amp; &lt;",
            "#tag #tag #tag #tag #tag #tag #tag",
            "in:#",
            "from:@@@");

    @BeforeAll
    static void start() {
        app = TestApp.start();
        LessonStore store = app.kit().jdbi().onDemand(LessonStore.class);
        store.add(NewLesson.of(
                        LessonSource.MANUAL,
                        FakeSlack.TEAM,
                        "NEAR the OR AND NOT of \"quoted\" text, 100% of a_b: "
                                + "col:x {topic}: '; DROP TABLE lessons; --")
                .inChannel(TestApp.CHANNEL)
                .by(TestApp.KARI)
                .at(app.clock.millis()));
        store.add(NewLesson.of(LessonSource.AAR, FakeSlack.TEAM, "Deploy small changes often")
                .tags("deploy")
                .inChannel(TestApp.CHANNEL)
                .by(TestApp.OLA)
                .at(app.clock.millis()));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void everyHostileQueryGetsAnEphemeralAnswer() {
        assertThat(HOSTILE).hasSizeGreaterThanOrEqualTo(40);
        String error = app.kit().messages().get(org.kompis.i18n.Lang.EN, "common.error");
        for (String typed : HOSTILE) {
            String id = app.command(TestApp.EMMA, "/lessons", typed);
            String body = app.reply(id);
            JsonObject answer = JsonParser.parseString(body).getAsJsonObject();
            assertThat(answer.get("response_type").getAsString())
                    .as("answer to %s", typed)
                    .isEqualTo("ephemeral");
            assertThat(Json.text(body))
                    .as("answer to %s", typed)
                    .doesNotContain(error)
                    .doesNotContain("<!channel>", "<!here", "<https://evil");
            assertThat(answer.has("blocks")).as("answer to %s", typed).isTrue();
        }
        assertThat(Sql.count(app.kit().jdbi(), "select count(*) from lessons")).isEqualTo(2);
        assertThat(Sql.indexed(app.kit().jdbi(), "deploy")).isEqualTo(1);
        // And search still works afterwards.
        assertThat(LessonsRig.search(app, TestApp.EMMA, "deploy")).contains("Deploy small changes often");
    }

    @Test
    void hostileMoreValuesAreHarmlessToo() {
        for (String value : List.of(
                "", "|", "abc|x", "-5|deploy", "99999999999|deploy", "5", "2147483648|\"", "5|" + "x".repeat(3000))) {
            String id = "more-" + Math.abs(value.hashCode());
            assertThat(app.action(TestApp.EMMA, TestApp.CHANNEL, "1.1", LessonsViews.MORE, value, id)
                            .statusCode())
                    .isEqualTo(200);
            assertThat(app.reply(id)).as("More with %s", value).contains("\"response_type\":\"ephemeral\"");
        }
        for (String value : List.of("", "x", "-1", "99999999999999999999", "1 OR 1=1")) {
            String id = "share-" + Math.abs(value.hashCode());
            assertThat(app.action(TestApp.EMMA, TestApp.CHANNEL, "1.2", LessonsViews.SHARE, value, id)
                            .statusCode())
                    .isEqualTo(200);
            assertThat(app.reply(id)).as("Share with %s", value).contains("no longer there for you");
        }
    }
}
