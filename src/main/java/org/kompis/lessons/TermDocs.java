package org.kompis.lessons;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How many lessons hold each term, stored on PostgreSQL for IDF (V120). FTS5 keeps these counts inside its index;
 * a GIN index does not, and counting a common word's lessons visits every one of them: over a second at a million.
 * Large libraries (from {@value #LARGE_LIBRARY} lessons) count all terms at once in the background, at most hourly,
 * one replica at a time, and store the written words for "did you mean" with them. A stored count is used for words
 * in at least {@value #TRUSTED} lessons, where an hour of new lessons barely moves the IDF. Rarer words are counted
 * exactly, which is cheap; so small libraries never store counts and rank exactly as SQLite does.
 */
final class TermDocs {
    static final long LARGE_LIBRARY = 50_000;
    static final long TRUSTED = 1_000;
    private static final long EVERY_MS = Duration.ofHours(1).toMillis();
    private static final Logger log = LoggerFactory.getLogger(TermDocs.class);
    private static final AtomicBoolean RUNNING = new AtomicBoolean();
    private static final ExecutorService REFRESH = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "kompis-term-docs");
        thread.setDaemon(true);
        return thread;
    });

    private TermDocs() {}

    /** The stored count of {@code term}, or -1 when it has to be counted. */
    static long stored(Handle h, String term) {
        return h.createQuery("select docs from lesson_term_docs where term = :t")
                .bind("t", term)
                .mapTo(Long.class)
                .findOne()
                .filter(d -> d >= TRUSTED)
                .orElse(-1L);
    }

    /** Starts a count of every term in the background when a large library's counts are over an hour old. */
    static void refreshIfOld(Handle h, long lessons, long now) {
        if (lessons < LARGE_LIBRARY || RUNNING.get() || now - refreshedAt(h) < EVERY_MS) {
            return;
        }
        if (RUNNING.compareAndSet(false, true)) {
            Jdbi jdbi = h.getJdbi();
            REFRESH.execute(() -> {
                try {
                    refresh(jdbi, now);
                } catch (RuntimeException e) {
                    log.warn("Search: could not count the index's terms; words are counted one by one meanwhile", e);
                } finally {
                    RUNNING.set(false);
                }
            });
        }
    }

    static void refresh(Jdbi jdbi, long now) {
        long started = System.nanoTime();
        boolean done = jdbi.inTransaction(h -> {
            // One replica at a time; a second one that finds the counts fresh does nothing.
            if (!h.createQuery("select pg_try_advisory_xact_lock(hashtext('kompis.lesson_term_docs'))")
                            .mapTo(Boolean.class)
                            .one()
                    || now - refreshedAt(h) < EVERY_MS) {
                return false;
            }
            h.execute("delete from lesson_term_docs");
            h.execute("insert into lesson_term_docs (term, docs) "
                    + "select word, ndoc from ts_stat('select terms from lessons') where ndoc >= " + TRUSTED);
            h.execute("delete from lesson_vocabulary");
            h.execute("insert into lesson_vocabulary (word, docs) " + PgSearch.WRITTEN_WORDS);
            h.createUpdate("insert into lesson_term_docs_refreshed (id, at) values (1, :at) "
                            + "on conflict (id) do update set at = excluded.at")
                    .bind("at", now)
                    .execute();
            return true;
        });
        if (done) {
            log.info("Search: the index's terms counted in {} ms", (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** Whether the written words are stored (a large library, counted at least once). */
    static boolean hasVocabulary(Handle h) {
        return refreshedAt(h) > 0;
    }

    private static long refreshedAt(Handle h) {
        return h.createQuery("select coalesce(max(at), 0) from lesson_term_docs_refreshed")
                .mapTo(Long.class)
                .one();
    }
}
