package org.kompis.lessons;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/** Filters without words, newest first: what {@code /lessons #tag in:#channel} lists. */
final class Newest {
    private Newest() {}

    static List<Lesson> page(Handle h, String teamId, SearchQuery q, Viewer viewer, int from, int limit) {
        boolean pg = PgSearch.on(h);
        // A tag alone is a match too: on PostgreSQL it is looked for among the newest ids first (PgWindow).
        PgWindow window = pg && q.fts5Match() != null ? PgWindow.newest(h, from + limit) : PgWindow.ALL;
        List<Lesson> found;
        do {
            found = LessonSearch.bind(h.createQuery(LessonSearch.sql(pg, q, "l.*")), teamId, q, viewer)
                    .bind("floor", window.floor())
                    .bind("limit", limit)
                    .bind("offset", from)
                    .map(ConstructorMapper.of(Lesson.class))
                    .list();
            window = window.wider();
        } while (found.size() < limit && window != null);
        return found;
    }
}
