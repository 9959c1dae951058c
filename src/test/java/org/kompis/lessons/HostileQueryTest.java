package org.kompis.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.kompis.lessons.TestDb.TEAM;
import static org.kompis.lessons.TestDb.lesson;
import static org.kompis.lessons.TestDb.viewer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kompis.testing.Sql;

/**
 * Anything a person types is a query: each of these answers (maybe with nothing) and the data is still there.
 * One database per class, not per case: each case checks the two seeded lessons are intact, so a case that broke
 * the data still fails, and 150 migrations less keep the suite fast.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileQueryTest {
    @TempDir
    static Path dir;

    TestDb t;
    TestDb stored;

    @BeforeAll
    void open() throws IOException {
        t = new TestDb(Files.createDirectories(dir.resolve("searched")));
        t.add(lesson("NEAR the OR AND NOT of \"quoted\" text, 100% of a_b: col:x {topic}: '; DROP TABLE lessons; --"));
        t.add(lesson("Plain lesson about deploys").tags("deploy"));
        stored = new TestDb(Files.createDirectories(dir.resolve("stored")));
    }

    @AfterAll
    void close() {
        t.close();
        stored.close();
    }

    static Stream<String> hostile() {
        return Stream.of(
                "\"",
                "\"\"",
                "\"\"\"",
                "\"unbalanced",
                "unbalanced\"",
                "\"quoted phrase\"",
                "*",
                "**",
                "a*",
                "*deploy",
                "NEAR(",
                "NEAR(a b",
                "NEAR(a b, 2)",
                "NEAR",
                "OR",
                "AND",
                "NOT",
                "a OR b",
                "deploy NOT x",
                "-deploy",
                "- -",
                "^",
                "^deploy",
                ":",
                "::",
                "'; DROP TABLE lessons; --",
                "\\",
                "\\\\\"",
                "😀",
                "👩‍👩‍👧 🇳🇴",
                "x".repeat(10_000),
                "deploy ".repeat(2_000),
                "!@#$%^&*()[]{}<>?/|~`",
                "{col}:",
                "{topic text}: x",
                "topic:deploy",
                "a:b",
                "col:",
                "מה למדנו היום",
                "\u202Edeploy\u202C",
                "a\u0000b",
                "\u0000",
                "%",
                "_",
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
                "(",
                ")",
                "(deploy)",
                "+",
                "deploy + deploy",
                "\uD800",
                "\uDFFF x",
                "NULL",
                "null",
                "'",
                "''",
                "1=1",
                "rank",
                "rowid:1",
                "lessons_fts",
                "\r\n\t",
                "   ",
                "");
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void answersWithoutError(String typed) {
        Viewer v = viewer("U1", "C1");
        assertThatCode(() -> {
                    SearchQuery q = SearchQuery.parse(typed);
                    assertThat(t.search.search(TEAM, q, v, 0, 5)).isNotNull();
                    assertThat(t.search.search(TEAM, q, v, 5, 5)).isNotNull();
                    assertThat(t.search.search(
                                    TEAM, SearchQuery.parse(typed + " in:C1 source:manual #deploy"), v, 0, 5))
                            .isNotNull();
                })
                .doesNotThrowAnyException();
        assertThat(t.count("select count(*) from lessons")).isEqualTo(2);
        assertThat(Sql.indexed(t.jdbi(), "deploys")).isEqualTo(1);
    }

    static Stream<String> hostileText() {
        return hostile().filter(s -> !s.isBlank());
    }

    @ParameterizedTest
    @MethodSource("hostileText")
    void canBeStoredAsALesson(String typed) {
        long id = stored.add(lesson(typed).topic(typed).tags(typed));
        assertThat(stored.store.byId(TEAM, id)).isPresent();
        assertThat(stored.search.search(TEAM, SearchQuery.parse(typed), viewer("U1"), 0, 5))
                .isNotNull();
    }

    @Test
    void operatorsAndInjectionsAreSearchedAsText() {
        Viewer v = viewer("U1", "C1");
        for (String typed : new String[] {
            "'; DROP TABLE lessons; --", "\"quoted\"", "NEAR OR", "NOT", "100%", "a_b", "{topic}:", "col:x"
        }) {
            assertThat(t.search.search(TEAM, SearchQuery.parse(typed), v, 0, 5).lessons())
                    .as(typed)
                    .hasSize(1);
        }
    }
}
