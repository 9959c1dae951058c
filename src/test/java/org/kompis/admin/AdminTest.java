package org.kompis.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kompis.core.ConfigException;
import org.kompis.core.LessonSource;
import org.kompis.core.NewLesson;
import org.kompis.core.Visibility;
import org.kompis.lessons.LessonStore;
import org.kompis.storage.Database;
import org.kompis.testing.Sql;
import org.kompis.testing.TestDatabases;

/** kompis backup (SQLite, while the database is open) and kompis migrate (SQLite to PostgreSQL, PostgreSQL half). */
class AdminTest {
    @TempDir
    Path dir;

    final List<String> out = new ArrayList<>();

    private static void seed(Jdbi jdbi) {
        jdbi.useHandle(h -> {
            // Through the store, as the rituals write them: a lesson is analysed for search when it is stored.
            LessonStore lessons = h.attach(LessonStore.class);
            for (int i = 1; i <= 300; i++) {
                lessons.add(NewLesson.of(
                                LessonSource.MANUAL,
                                "T1",
                                (i % 3 == 0 ? "Café " : "Budget ") + "lesson number " + i + " about deploys")
                        .tags("retro")
                        .inChannel("C1")
                        .visibility(Visibility.WORKSPACE)
                        .by("U1")
                        .at(i));
            }
            long review = h.createUpdate("insert into aar_reviews(team_id, channel_id, title, created_by, start_key, "
                            + "deadline_date, deadline_at, time_zone, created_at) values ('T1', 'C1', 'Launch', 'U1', 'k1', "
                            + "'2026-12-01', 0, 'Europe/Oslo', 0)")
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            for (String user : List.of("U9", "U2", "U5")) {
                h.execute("insert into aar_participants(review_id, user_id) values (?, ?)", review, user);
            }
            h.execute("insert into outbox(team_id, run_key, channel_id, kind, ref, next_attempt_at, created_at) "
                    + "values ('T1', 'run-1', 'C1', 'test', 'r', 0, 0)");
        });
    }

    @Test
    void backupCopiesTheSqliteDatabaseWhileItIsOpen() {
        Assumptions.assumeFalse(TestDatabases.postgresql(), "kompis backup is for SQLite");
        String url = "jdbc:sqlite:" + dir.resolve("kompis.db");
        try (Database db = Database.open(url)) {
            seed(db.jdbi());
            assertThat(Admin.run(
                            List.of("backup", dir.resolve("copy.db").toString()),
                            Map.of("KOMPIS_DB_URL", url),
                            out::add))
                    .isTrue();
        }
        assertThat(out.get(0)).startsWith("Backed up");
        try (Database copy = Database.open("jdbc:sqlite:" + dir.resolve("copy.db"))) {
            assertThat(Sql.count(copy.jdbi(), "select count(*) from lessons")).isEqualTo(300);
            assertThat(Sql.indexed(copy.jdbi(), "cafe")).isEqualTo(100);
        }
        assertThatThrownBy(() -> Admin.run(
                        List.of("backup", dir.resolve("copy.db").toString()), Map.of("KOMPIS_DB_URL", url), out::add))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("exists");
    }

    @Test
    void migrateCopiesEverythingChecksItAndRefusesATargetThatIsNotEmpty() throws Exception {
        Assumptions.assumeTrue(TestDatabases.postgresql(), "kompis migrate needs PostgreSQL");
        String from = "jdbc:sqlite:" + dir.resolve("kompis.db");
        try (Database db = Database.open(from)) {
            seed(db.jdbi());
        }
        String to = TestDatabases.fresh(dir, "unused");
        try {
            assertThat(Admin.run(List.of("migrate", "--from", from, "--to", to), Map.of(), out::add))
                    .isTrue();
            assertThat(String.join("\n", out)).contains("lessons", "300 rows", "counts match", "search index");
            try (Database pg = Database.open(to)) {
                assertThat(Sql.count(pg.jdbi(), "select count(*) from lessons")).isEqualTo(300);
                assertThat(Sql.indexed(pg.jdbi(), "cafe")).isEqualTo(100);
                assertThat(Sql.strings(pg.jdbi(), "select user_id from aar_participants order by rowid"))
                        .as("the order people were named in")
                        .containsExactly("U9", "U2", "U5");
                long next = pg.jdbi()
                        .withHandle(h -> h.createUpdate("insert into lessons(team_id, source, text, visibility, "
                                        + "created_at) values ('T1', 'manual', 'new', 'workspace', 0)")
                                .executeAndReturnGeneratedKeys("id")
                                .mapTo(Long.class)
                                .one());
                assertThat(next).as("new ids follow the copied ones").isEqualTo(301);
            }
            assertThatThrownBy(() -> Admin.run(List.of("migrate", "--from", from, "--to", to), Map.of(), out::add))
                    .isInstanceOf(ConfigException.class)
                    .hasMessageContaining("not empty");
        } finally {
            TestDatabases.release(to);
        }
        assertThat(Files.exists(dir.resolve("kompis.db"))).isTrue();
    }
}
