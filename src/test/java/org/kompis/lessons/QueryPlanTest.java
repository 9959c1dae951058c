package org.kompis.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.jdbi.v3.core.statement.SqlStatements;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every search shape reads an index, never all of a team's lessons: a plan regression costs a second at a million
 * lessons (measured) and no small test would notice it otherwise.
 */
class QueryPlanTest {
    @TempDir
    Path dir;

    TestDb t;

    @BeforeEach
    void open() {
        t = new TestDb(dir);
    }

    @AfterEach
    void close() {
        t.close();
    }

    private List<String> plan(String sql, SearchQuery q) {
        return t.jdbi()
                .withHandle(h -> h.createQuery("explain query plan " + sql)
                        .configure(SqlStatements.class, c -> c.setUnusedBindingAllowed(true))
                        .bind("team", "T1")
                        .bind("match", q.fts5Match())
                        .bind("channel", q.channelId())
                        .bind("source", q.source())
                        .bind("author", q.authorId())
                        .bind("tags", "[]")
                        .bind("viewer", "U1")
                        .bind("outsider", 0)
                        .bind("members", "[\"C1\"]")
                        .bind("ids", "[1]")
                        .bind("limit", 6)
                        .bind("offset", 0)
                        .map((rs, ctx) -> rs.getString("detail"))
                        .list());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"kanban", "#ci", "in:C1", "source:aar", "from:U1", "", "kanban #ci in:C1 from:U1 source:aar"})
    void searchReadsAnIndexInNewestOrder(String typed) {
        SearchQuery q = SearchQuery.parse(typed);
        List<String> plan = plan(LessonSearch.sql(false, q, "l.*"), q);
        assertThat(plan).as(typed).noneMatch(line -> line.matches("SCAN l( .*)?") || line.contains("TEMP B-TREE"));
        assertThat(plan.get(0)).as(typed).containsAnyOf("lessons_fts", "USING INDEX lessons_");
    }

    @ParameterizedTest
    @ValueSource(strings = {"kanban"})
    void pageReadsRowsById(String typed) {
        assertThat(plan(LessonSearch.page(false), SearchQuery.parse(typed)))
                .anyMatch(line -> line.startsWith("SEARCH l USING INTEGER PRIMARY KEY"))
                .noneMatch(line -> line.matches("SCAN l( .*)?"));
    }
}
