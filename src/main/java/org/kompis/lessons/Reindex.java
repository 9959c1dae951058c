package org.kompis.lessons;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.kompis.lessons.analysis.Analysis;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Analyses the lessons whose stored terms are missing or from an older {@link Analysis#VERSION}, in the background
 * at start, with progress in the log. Search keeps working meanwhile: lessons not yet analysed are found through
 * the old index ({@link Fts5#legacySql}), which is dropped when the last of them is done. A restart resumes where it
 * stopped (the version is per row).
 *
 * <p>Built for a million lessons (README, the lessons benchmark): the analysis of the next batch runs on every core
 * while one connection writes the batch before it; each batch is one transaction of {@value #BATCH} lessons (the
 * write lock is held for a moment, so the library stays writable); on SQLite that connection gets a large page cache
 * and FTS5 a buffer large enough that a batch becomes one index segment rather than several (fewer to merge).
 */
public final class Reindex implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(Reindex.class);
    private static final int BATCH = 10_000;
    private static final int CHUNK = 500;
    private static final int FTS_BUFFER = 32 << 20;
    private static final int FTS_BUFFER_DEFAULT = 1 << 20;

    private record Row(long id, String topic, String tags, String text) {}

    private final Jdbi jdbi;
    private final int threads;

    public Reindex(Jdbi jdbi) {
        this(jdbi, Runtime.getRuntime().availableProcessors());
    }

    Reindex(Jdbi jdbi, int threads) {
        this.jdbi = jdbi;
        this.threads = Math.max(1, threads);
    }

    @Override
    public void run() {
        // Loading the word lists and stemmers takes a moment: done here, the first lesson stored after start need not.
        Analysis.shared().field("Kompis");
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "kompis-reindex");
            t.setDaemon(true);
            return t;
        });
        try (Handle h = jdbi.open()) {
            run(h, pool);
        } finally {
            pool.shutdownNow();
        }
    }

    private void run(Handle h, ExecutorService pool) {
        boolean sqlite = !PgSearch.on(h);
        long total = h.createQuery("select count(*) from lessons where analysis is null or analysis != :v")
                .bind("v", Analysis.VERSION)
                .mapTo(Long.class)
                .one();
        if (total > 0) {
            log.info("Search: analysing {} lessons stored with an older analysis, in the background", total);
        }
        if (sqlite && total > 0) {
            // This connection only: 128 MB of page cache (FTS5 reads back the segments it merges).
            h.execute("pragma cache_size = -131072");
            fts(h, FTS_BUFFER);
        }
        long done = 0;
        long started = System.nanoTime();
        long logged = started;
        try {
            List<Row> rows = read(h, 0);
            List<Future<List<IndexTerms>>> analysed = analyse(pool, rows);
            while (!rows.isEmpty() && !Thread.currentThread().isInterrupted()) {
                // The next batch is read and analysed while this one is written.
                List<Row> next = read(h, rows.get(rows.size() - 1).id());
                List<Future<List<IndexTerms>>> nextAnalysed = analyse(pool, next);
                write(h, rows, join(analysed));
                done += rows.size();
                rows = next;
                analysed = nextAnalysed;
                if (System.nanoTime() - logged > 5_000_000_000L) {
                    logged = System.nanoTime();
                    log.info("Search: analysed {} of {} lessons", done, total);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (sqlite && total > 0) {
                fts(h, FTS_BUFFER_DEFAULT);
                // Connections are pooled: hand this one back with SQLite's default cache.
                h.execute("pragma cache_size = -2000");
            }
        }
        if (!Thread.currentThread().isInterrupted()) {
            h.execute("drop table if exists lessons_raw_fts");
            if (total > 0) {
                log.info(
                        "Search: all {} lessons analysed in {} s; the old index is dropped",
                        done,
                        (System.nanoTime() - started) / 1_000_000_000L);
            }
        }
    }

    private static List<Row> read(Handle h, long after) {
        return h.createQuery("""
              select id, topic, tags, text from lessons
              where id > :after and (analysis is null or analysis != :v) order by id limit :batch""")
                .bind("after", after)
                .bind("v", Analysis.VERSION)
                .bind("batch", BATCH)
                .map((rs, ctx) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    private static List<Future<List<IndexTerms>>> analyse(ExecutorService pool, List<Row> rows) {
        List<Future<List<IndexTerms>>> out = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<Row> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            out.add(pool.submit(() -> chunk.stream()
                    .map(r -> IndexTerms.of(r.topic(), r.tags(), r.text()))
                    .toList()));
        }
        return out;
    }

    private static List<IndexTerms> join(List<Future<List<IndexTerms>>> analysed) throws InterruptedException {
        List<IndexTerms> out = new ArrayList<>();
        for (Future<List<IndexTerms>> f : analysed) {
            try {
                out.addAll(f.get());
            } catch (ExecutionException e) {
                throw new IllegalStateException("Analysing lessons for search failed", e.getCause());
            }
        }
        return out;
    }

    private static void write(Handle h, List<Row> rows, List<IndexTerms> terms) {
        h.useTransaction(tx -> {
            PreparedBatch update = tx.prepareBatch("""
            update lessons set terms_topic = :topic, terms_tags = :tags, terms_text = :text,
                               terms_derived = :derived, analysis = :analysis
            where id = :id and (analysis is null or analysis != :analysis)""");
            for (int i = 0; i < rows.size(); i++) {
                update.bindMethods(terms.get(i)).bind("id", rows.get(i).id()).add();
            }
            update.execute();
        });
    }

    /** FTS5's in-memory buffer of new index entries ('hashsize', kept in the index's own config table). */
    private static void fts(Handle h, int bytes) {
        h.createUpdate("insert into lessons_fts(lessons_fts, rank) values ('hashsize', :bytes)")
                .bind("bytes", bytes)
                .execute();
    }
}
