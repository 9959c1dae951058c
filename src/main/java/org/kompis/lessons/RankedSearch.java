package org.kompis.lessons;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.StatementException;
import org.kompis.lessons.analysis.Analysis;
import org.kompis.lessons.analysis.Words;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A search with words, in steps, each only when the one before found nothing: every word (in any of its forms);
 * then, for words no lesson holds, the nearest written word instead (a typo); then the best partial matches (some
 * of the words). The page says which happened. When still nothing is found, the page suggests nearby words the viewer
 * can find.
 */
final class RankedSearch {
    private static final Logger log = LoggerFactory.getLogger(RankedSearch.class);
    private static final String CANDIDATE =
            "l.id, l.created_at, l.terms_topic, l.terms_tags, l.terms_text, l.terms_derived";

    private final int candidates;
    private final Idf idf = new Idf();
    // Once the re-index has dropped the old index it never comes back (only V60 made it): no need to look again.
    private volatile boolean legacyGone;

    RankedSearch(int candidates) {
        this.candidates = candidates;
    }

    Page search(Handle h, String teamId, SearchQuery q, Viewer viewer, int from, int size) {
        boolean pg = PgSearch.on(h);
        boolean legacy = !pg && !legacyGone && Fts5.hasLegacyIndex(h);
        legacyGone = !pg && !legacy;
        SearchQuery used = q;
        List<Ranking.Candidate> found = candidates(h, q.fts5Match(), legacy, teamId, q, viewer);
        boolean partial = false;
        String corrected = null;
        List<String> suggestions = List.of();
        if (found.isEmpty()) {
            Map<String, List<String>> near = nearby(h, teamId, q, viewer);
            if (!near.isEmpty()) {
                used = q.withTerms(q.terms().stream()
                        .map(t -> near.containsKey(t.text())
                                ? new SearchQuery.Term(near.get(t.text()).get(0), false)
                                : t)
                        .toList());
                found = candidates(h, used.fts5Match(), legacy, teamId, used, viewer);
            }
            if (found.isEmpty() && used.terms().size() > 1 && used.fts5AnyMatch() != null) {
                found = candidates(h, used.fts5AnyMatch(), legacy, teamId, used, viewer);
                partial = !found.isEmpty();
            }
            if (!found.isEmpty() && used != q) {
                corrected = String.join(
                        " ", used.terms().stream().map(SearchQuery.Term::text).toList());
            }
            if (found.isEmpty()) {
                Set<String> all = new LinkedHashSet<>();
                near.values().forEach(all::addAll);
                suggestions = all.stream().limit(Nearby.MAX).toList();
            }
        }
        List<Long> ranked = Ranking.rank(found, used.terms(), idf.of(h, used.terms()));
        int end = Math.min(ranked.size(), from + size);
        if (from >= end) {
            return new Page(List.of(), false, from, partial, corrected, suggestions);
        }
        List<Long> ids = ranked.subList(from, end);
        // Only the page's rows are read whole; visibility is checked again rather than trusted from a moment ago.
        Map<Long, Lesson> rows = new HashMap<>();
        LessonSearch.bind(h.createQuery(LessonSearch.page(pg)), teamId, q, viewer)
                .bind("ids", JsonArray.ofNumbers(ids))
                .map(ConstructorMapper.of(Lesson.class))
                .forEach(l -> rows.put(l.id(), l));
        List<Lesson> page = ids.stream().map(rows::get).filter(Objects::nonNull).toList();
        return new Page(page, end < ranked.size(), end, partial, corrected, suggestions);
    }

    /**
     * For each plain word that no lesson holds in any form: the nearby written words that find a lesson this viewer
     * may see (a word from someone else's private channel is never suggested).
     */
    private Map<String, List<String>> nearby(Handle h, String teamId, SearchQuery q, Viewer viewer) {
        Map<String, List<String>> out = new HashMap<>();
        for (SearchQuery.Term t : q.terms()) {
            List<String> tokens = Words.of(t.text());
            if (t.prefix()
                    || tokens.size() != 1
                    || Stopwords.is(t.text())
                    || Analysis.shared().word(tokens.get(0)).forms().stream()
                            .anyMatch(f -> idf.documents(h, f, System.currentTimeMillis()) > 0)) {
                continue;
            }
            List<String> visible = new ArrayList<>();
            for (String w : Nearby.words(h, tokens.get(0))) {
                SearchQuery one = SearchQuery.parse("").withTerms(List.of(new SearchQuery.Term(w, false)));
                if (visible.size() < Nearby.MAX
                        && !candidates(h, one.fts5Match(), false, teamId, q, viewer, 1)
                                .isEmpty()) {
                    visible.add(w);
                }
            }
            if (!visible.isEmpty()) {
                out.put(t.text(), visible);
            }
        }
        return out;
    }

    private List<Ranking.Candidate> candidates(
            Handle h, String match, boolean legacy, String teamId, SearchQuery q, Viewer viewer) {
        return candidates(h, match, legacy, teamId, q, viewer, candidates);
    }

    /**
     * The newest visible matches of an analysed match, with their stored terms; while lessons stored before the
     * analysis wait for the re-index, their matches in the old index too (analysed here).
     */
    private List<Ranking.Candidate> candidates(
            Handle h, String match, boolean legacy, String teamId, SearchQuery q, Viewer viewer, int limit) {
        boolean pg = PgSearch.on(h);
        PgWindow window = pg ? PgWindow.of(h, idf, q, limit) : PgWindow.ALL;
        List<Ranking.Candidate> found;
        do {
            found = new ArrayList<>(LessonSearch.bind(
                            h.createQuery(LessonSearch.sql(pg, q, CANDIDATE)), teamId, q, viewer)
                    .bind("match", LessonSearch.match(pg, match))
                    .bind("floor", window.floor())
                    .bind("limit", limit)
                    .bind("offset", 0)
                    .map((rs, ctx) -> new Ranking.Candidate(
                            rs.getLong(1),
                            rs.getLong(2),
                            new IndexTerms(
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getString(5),
                                    rs.getString(6),
                                    Analysis.VERSION)))
                    .list());
            window = window.wider();
        } while (found.size() < limit && window != null);
        String raw = q.rawMatch();
        if (legacy && raw != null) {
            try {
                String old = Fts5.legacySql(LessonSearch.sql(false, q, "l.id, l.created_at, l.topic, l.tags, l.text"));
                LessonSearch.bind(h.createQuery(old), teamId, q, viewer)
                        .bind("match", raw)
                        .bind("limit", limit)
                        .bind("offset", 0)
                        .map((rs, ctx) -> new Ranking.Candidate(
                                rs.getLong(1),
                                rs.getLong(2),
                                IndexTerms.of(rs.getString(3), rs.getString(4), rs.getString(5))))
                        .forEach(found::add);
                found.sort(Comparator.comparingLong(Ranking.Candidate::id).reversed());
            } catch (StatementException e) {
                // The re-index dropped the old index a moment ago (before this statement was prepared or while it
                // ran): every lesson is in the new one now.
                log.debug("Old index gone during a search", e);
            }
        }
        return found;
    }
}
