package org.kompis.lessons;

import org.jdbi.v3.core.Handle;

/**
 * Which of the newest ids PostgreSQL's candidate query looks at. FTS5 walks a word's lessons newest first and stops
 * at the limit; a GIN index has no order, so it hands over every match and the heap row of each is read (tens of
 * microseconds each). At a million lessons a common word has a hundred thousand matches. So the search first looks
 * only at the newest ids in which the word's share of the library should give the limit a few times over, and widens
 * the window eightfold while too few visible matches are found. The result is the same as one look at everything.
 */
record PgWindow(long floor, long top, long width) {
    /** Everything at once: SQLite, small libraries, filters without words. */
    static final PgWindow ALL = new PgWindow(0, 0, 0);

    private static final long SMALLEST = 2_000;

    static PgWindow of(Handle h, Idf idf, SearchQuery q, int limit) {
        long top = Fts5.lessons(h);
        double share = 1;
        long now = System.currentTimeMillis();
        for (SearchQuery.Term t : q.terms()) {
            long docs = 0;
            for (String form : Idf.forms(t)) {
                docs += idf.documents(h, form, now);
            }
            // Words are ANDed: the rarest bounds the matches.
            share = Math.min(share, docs / (double) Math.max(1, top));
        }
        return sized(top, share, limit);
    }

    /** For a tag without words: no share to go by, so the newest few thousand ids first. */
    static PgWindow newest(Handle h, int limit) {
        return sized(Fts5.lessons(h), 1, limit);
    }

    private static PgWindow sized(long top, double share, int limit) {
        if (share <= 0 || top <= SMALLEST) {
            return ALL;
        }
        long width = Math.max(SMALLEST, (long) (limit * 4 / share));
        return width >= top ? ALL : new PgWindow(top - width, top, width);
    }

    /** The next, eight times wider window; null once everything has been looked at. */
    PgWindow wider() {
        if (floor == 0) {
            return null;
        }
        long next = width * 8;
        return next >= top ? ALL : new PgWindow(top - next, top, next);
    }
}
