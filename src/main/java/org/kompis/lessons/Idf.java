package org.kompis.lessons;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Handle;
import org.kompis.lessons.analysis.Analysis;
import org.kompis.lessons.analysis.Words;

/**
 * Each query word's IDF over the whole library: ln(1 + (N - n + 0.5) / (n + 0.5)), n the lessons holding its most
 * common form. Counting a common word's lessons means reading its whole list in the index (milliseconds at a million
 * lessons), and the count barely moves from one search to the next, so counts are kept for {@value #TTL_MINUTES}
 * minutes.
 */
final class Idf {
    static final long TTL_MINUTES = 10;
    private static final int MAX_KEPT = 50_000;

    private record Count(long documents, long until) {}

    private final Map<String, Count> counts = new ConcurrentHashMap<>();

    Map<String, Double> of(Handle h, List<SearchQuery.Term> terms) {
        Map<String, Double> idf = new HashMap<>();
        long now = System.currentTimeMillis();
        long n = -1;
        if (PgSearch.on(h)) {
            TermDocs.refreshIfOld(h, Fts5.lessons(h), now);
        }
        for (SearchQuery.Term t : terms) {
            List<String> forms = forms(t);
            if (forms.isEmpty()) {
                continue;
            }
            long most = 0;
            for (String form : forms) {
                most = Math.max(most, documents(h, form, now));
            }
            if (n < 0) {
                n = Math.max(1, Fts5.lessons(h));
            }
            idf.put(t.text(), Math.log(1 + (n - most + 0.5) / (most + 0.5)));
        }
        return idf;
    }

    /** The indexed forms a query word matches: its analysed forms, or the token itself for a prefix or compound. */
    static List<String> forms(SearchQuery.Term t) {
        List<String> tokens = Words.of(t.text());
        if (tokens.isEmpty()) {
            return List.of();
        }
        return tokens.size() == 1 && !t.prefix()
                ? List.copyOf(Analysis.shared().word(tokens.get(0)).forms())
                : List.of(tokens.get(0));
    }

    /** How many lessons hold a term, on either database. */
    static long documents(Handle h, String term) {
        if (!PgSearch.on(h)) {
            return Fts5.documents(h, term);
        }
        long stored = TermDocs.stored(h, term);
        return stored >= 0 ? stored : PgSearch.documents(h, term);
    }

    /** {@link #documents(Handle, String)}, kept for {@value #TTL_MINUTES} minutes. */
    long documents(Handle h, String term, long now) {
        Count c = counts.get(term);
        if (c == null || c.until() < now) {
            if (counts.size() >= MAX_KEPT) {
                counts.clear();
            }
            c = new Count(documents(h, term), now + TTL_MINUTES * 60_000);
            counts.put(term, c);
        }
        return c.documents();
    }
}
