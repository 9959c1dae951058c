package org.kompis.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kompis.storage.Database;

/** A library stored before the analysis (V6), opened by today's Kompis: searched while it is analysed again. */
class ReindexTest {
    private static final int LESSONS = 25_000;
    private static final Viewer ADA = new Viewer("U1", Set.of("C1"));

    @TempDir
    Path dir;

    @Test
    void anOlderLibraryIsFoundWhileItIsAnalysedAgain() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("old.db");
        Flyway.configure()
                .dataSource(url, null, null)
                .locations("classpath:db/migration/sqlite")
                .target("6")
                .load()
                .migrate();
        try (Connection c = DriverManager.getConnection(url)) {
            c.setAutoCommit(false);
            PreparedStatement insert = c.prepareStatement("insert into lessons(team_id, source, text, channel_id,"
                    + " visibility, author_id, created_at) values ('T1', 'manual', ?, 'C1', 'channel', 'U1', ?)");
            for (int i = 0; i < LESSONS; i++) {
                insert.setString(1, i % 5 == 0 ? "Rutinene for intranettet, nummer " + i : "Noe annet, nummer " + i);
                insert.setLong(2, i);
                insert.addBatch();
            }
            insert.executeBatch();
            c.commit();
        }
        try (Database db = Database.open(url)) {
            LessonSearch search = new LessonSearch(db.jdbi());
            // Before the re-index the old index answers, with the words as written.
            assertThat(found(search, "intranettet")).hasSize(5).allMatch(t -> t.contains("intranettet"));
            assertThat(found(search, "intranett")).isEmpty();

            CompletableFuture<Void> reindex = CompletableFuture.runAsync(new Reindex(db.jdbi(), 2));
            List<Integer> sizes = new ArrayList<>();
            while (!reindex.isDone()) {
                List<String> texts = found(search, "intranettet");
                assertThat(texts).allMatch(t -> t.contains("intranettet"));
                sizes.add(texts.size());
            }
            reindex.get();
            assertThat(sizes).isNotEmpty().allMatch(n -> n == 5);

            // Analysed: other forms find them too, and the old index is gone.
            assertThat(found(search, "intranett")).hasSize(5).allMatch(t -> t.contains("intranettet"));
            assertThat(found(search, "rutine")).hasSize(5);
            int unanalysed = db.jdbi()
                    .withHandle(h -> h.createQuery("select count(*) from lessons where analysis is null")
                            .mapTo(Integer.class)
                            .one());
            assertThat(unanalysed).isZero();
            boolean legacy = db.jdbi().withHandle(Fts5::hasLegacyIndex);
            assertThat(legacy).isFalse();
        }
    }

    private static List<String> found(LessonSearch search, String typed) {
        return search.search("T1", SearchQuery.parse(typed), ADA, 0, 5).lessons().stream()
                .map(Lesson::text)
                .toList();
    }
}
