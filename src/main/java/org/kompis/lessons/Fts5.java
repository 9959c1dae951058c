package org.kompis.lessons;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.kompis.lessons.analysis.Analysis;
import org.kompis.lessons.analysis.Words;

/**
 * Query words as FTS5 MATCH expressions over the analysed terms: the SQLite side of search, next to
 * {@link LessonSearch}'s SQL. A word is the OR of its forms ({@link Analysis#word}) and, for a compound, of all its
 * parts together; a word of several tokens ("ci/cd") is a phrase; a prefix is a string with '*'. Every string holds
 * letters and digits only ({@link Words}), so nothing typed is FTS5 syntax. PostgreSQL's twin is a tsquery with
 * '|' for OR, '&' for AND, '<->' for a phrase and ':*' for a prefix over the same terms.
 */
final class Fts5 {
    private Fts5() {}

    static String word(SearchQuery.Term t) {
        List<String> tokens = Words.of(t.text());
        if (tokens.isEmpty()) {
            return null;
        }
        if (tokens.size() > 1 || t.prefix()) {
            return phrase(tokens) + (t.prefix() ? "*" : "");
        }
        Analysis.Word w = Analysis.shared().word(tokens.get(0));
        List<String> alternatives = new ArrayList<>();
        w.forms().forEach(f -> alternatives.add(quote(f)));
        if (!w.parts().isEmpty()) {
            List<String> parts = new ArrayList<>();
            for (Set<String> part : w.parts()) {
                parts.add(any(part));
            }
            alternatives.add("(" + String.join(" AND ", parts) + ")");
        }
        return alternatives.size() == 1 ? alternatives.get(0) : "(" + String.join(" OR ", alternatives) + ")";
    }

    static String phrase(List<String> tokens) {
        return tokens.isEmpty() ? null : quote(String.join(" ", tokens));
    }

    private static String any(Set<String> forms) {
        List<String> quoted = forms.stream().map(Fts5::quote).toList();
        return quoted.size() == 1 ? quoted.get(0) : "(" + String.join(" OR ", quoted) + ")";
    }

    static String quote(String s) {
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /** True while the index of lessons stored before the analysis (V5) waits for the re-index to finish. */
    static boolean hasLegacyIndex(Handle h) {
        return h.createQuery("select count(*) from sqlite_master where name = 'lessons_raw_fts'")
                        .mapTo(Integer.class)
                        .one()
                > 0;
    }

    /** A candidate statement of {@link LessonSearch#sql} turned to the old index, for lessons without terms only. */
    static String legacySql(String sql) {
        return sql.replace("lessons_fts", "lessons_raw_fts").replaceFirst(" where ", " where l.analysis is null and ");
    }

    /** Words as the old index matched them: each as typed, quoted, ANDed. */
    static String rawMatch(List<SearchQuery.Term> terms) {
        boolean onlyStopwords = terms.stream().allMatch(t -> !t.prefix() && Stopwords.is(t.text()));
        List<String> parts = new ArrayList<>();
        for (SearchQuery.Term t : terms) {
            if (onlyStopwords || t.prefix() || !Stopwords.is(t.text())) {
                parts.add(quote(t.text()) + (t.prefix() ? "*" : ""));
            }
        }
        return parts.isEmpty() ? null : String.join(" AND ", parts);
    }

    /** How many lessons hold a term, from FTS5's vocabulary of the index. */
    static long documents(Handle h, String term) {
        return h.createQuery("select doc from lessons_vocab where term = :term")
                .bind("term", term)
                .mapTo(Long.class)
                .findOne()
                .orElse(0L);
    }

    /** How many lessons there are, near enough for IDF (ids are never far from the count). */
    static long lessons(Handle h) {
        return h.createQuery("select coalesce(max(id), 0) from lessons")
                .mapTo(Long.class)
                .one();
    }
}
