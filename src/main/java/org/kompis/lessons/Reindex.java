package org.kompis.lessons;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.kompis.lessons.analysis.Analysis;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Analyses the lessons whose stored terms are missing or from an older {@link Analysis#VERSION}, in the background
 * at start, a batch per short transaction so the library stays writable, with progress in the log. Search keeps
 * working meanwhile: lessons not yet analysed are found through the old index ({@link Fts5#legacySql}), which is
 * dropped when the last of them is done. A restart resumes where it stopped (the version is per row).
 */
final class Reindex implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(Reindex.class);
    private static final int BATCH = 2_000;

    private record Row(long id, String topic, String tags, String text) {}

    private final Jdbi jdbi;

    Reindex(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void run() {
        // Loading the word lists and stemmers takes a moment: done here, the first lesson stored after start need not.
        Analysis.shared().field("Kompis");
        long total = jdbi.withHandle(
                h -> h.createQuery("select count(*) from lessons where analysis is null or analysis != :v")
                        .bind("v", Analysis.VERSION)
                        .mapTo(Long.class)
                        .one());
        if (total > 0) {
            log.info("Search: analysing {} lessons stored with an older analysis, in the background", total);
        }
        long done = 0;
        long after = 0;
        long started = System.nanoTime();
        long logged = started;
        while (!Thread.currentThread().isInterrupted()) {
            long from = after;
            List<Row> rows = jdbi.withHandle(h -> h.createQuery("""
              select id, topic, tags, text from lessons
              where id > :after and (analysis is null or analysis != :v) order by id limit :batch""")
                    .bind("after", from)
                    .bind("v", Analysis.VERSION)
                    .bind("batch", BATCH)
                    .map((rs, ctx) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                    .list());
            if (rows.isEmpty()) {
                break;
            }
            jdbi.useTransaction(h -> {
                var update = h.prepareBatch("""
            update lessons set terms_topic = :topic, terms_tags = :tags, terms_text = :text,
                               terms_derived = :derived, analysis = :analysis
            where id = :id""");
                for (Row r : rows) {
                    IndexTerms t = IndexTerms.of(r.topic(), r.tags(), r.text());
                    update.bindMethods(t).bind("id", r.id()).add();
                }
                update.execute();
            });
            done += rows.size();
            after = rows.get(rows.size() - 1).id();
            if (System.nanoTime() - logged > 5_000_000_000L) {
                logged = System.nanoTime();
                log.info("Search: analysed {} of {} lessons", done, total);
            }
        }
        if (!Thread.currentThread().isInterrupted()) {
            jdbi.useHandle(h -> h.execute("drop table if exists lessons_raw_fts"));
            if (total > 0) {
                log.info(
                        "Search: all {} lessons analysed in {} s; the old index is dropped",
                        done,
                        (System.nanoTime() - started) / 1_000_000_000L);
            }
        }
    }
}
