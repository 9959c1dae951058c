package org.kompis.testing;

import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** Reads the database straight, so tests can assert what was (or was not) stored. */
public final class Sql {
    private Sql() {}

    public static int count(Jdbi jdbi, String sql, Object... args) {
        return one(jdbi, sql, Integer.class, args);
    }

    public static <T> T one(Jdbi jdbi, String sql, Class<T> type, Object... args) {
        return jdbi.withHandle(h -> {
            var q = h.createQuery(sql);
            for (int i = 0; i < args.length; i++) {
                q.bind(i, args[i]);
            }
            return q.mapTo(type).one();
        });
    }

    public static List<String> strings(Jdbi jdbi, String sql, Object... args) {
        return jdbi.withHandle(h -> {
            var q = h.createQuery(sql);
            for (int i = 0; i < args.length; i++) {
                q.bind(i, args[i]);
            }
            return q.mapTo(String.class).list();
        });
    }

    /** How many lessons the full-text index finds for one term: FTS5 on SQLite, the terms tsvector on PostgreSQL. */
    public static int indexed(Jdbi jdbi, String word) {
        return TestDatabases.postgresql()
                ? count(jdbi, "select count(*) from lessons where terms @@ cast(? as tsquery)", "'" + word + "'")
                : exists(jdbi, "lessons_raw_fts") // lessons stored by raw SQL are only in the old index until
                        // re-indexed
                        ? count(
                                jdbi,
                                "select count(*) from lessons where id in (select rowid from lessons_fts where lessons_fts "
                                        + "match ?) or id in (select rowid from lessons_raw_fts where lessons_raw_fts match ?)",
                                '"' + word + '"',
                                '"' + word + '"')
                        : count(jdbi, "select count(*) from lessons_fts where lessons_fts match ?", '"' + word + '"');
    }

    private static boolean exists(Jdbi jdbi, String table) {
        return count(jdbi, "select count(*) from sqlite_master where name = ?", table) > 0;
    }
}
