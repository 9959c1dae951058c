package org.kompis.lessons;

import java.nio.file.Path;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.kompis.core.LessonSource;
import org.kompis.core.NewLesson;
import org.kompis.storage.Database;
import org.kompis.testing.TestDatabases;

/** A real SQLite file with the real migrations, as production opens it. */
final class TestDb implements AutoCloseable {
    static final String TEAM = "T1";

    final String url;
    final Database db;
    final LessonStore store;
    final LessonSearch search;

    TestDb(Path dir) {
        url = TestDatabases.fresh(dir, "kompis.db");
        db = Database.open(url);
        store = db.jdbi().onDemand(LessonStore.class);
        search = new LessonSearch(db.jdbi());
    }

    Jdbi jdbi() {
        return db.jdbi();
    }

    long add(NewLesson lesson) {
        return store.add(lesson).orElseThrow();
    }

    /** A lesson in TEAM, by U1 in channel C1 unless changed. */
    static NewLesson lesson(String text) {
        return NewLesson.of(LessonSource.MANUAL, TEAM, text).inChannel("C1").by("U1");
    }

    Page find(String typed, Viewer viewer) {
        return search.search(TEAM, SearchQuery.parse(typed), viewer, 0, 5);
    }

    static Viewer viewer(String user, String... channels) {
        return new Viewer(user, Set.of(channels));
    }

    long count(String sql) {
        return jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    @Override
    public void close() {
        db.close();
        TestDatabases.release(url);
    }
}
