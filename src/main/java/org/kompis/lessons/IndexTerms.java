package org.kompis.lessons;

import java.util.List;
import java.util.Set;
import org.kompis.lessons.analysis.Analysis;

/**
 * A lesson's analysed terms as stored beside it (the {@code terms_} columns) and indexed. Each field's words as
 * written, in order, separated by spaces; then what else they are found by, one list per field joined by
 * {@value #FIELDS}. The same strings go to SQLite's FTS5 today and PostgreSQL's tsvector later.
 */
public record IndexTerms(String topic, String tags, String text, String derived, int analysis) {
    static final String FIELDS = " | ";

    public static IndexTerms of(String topic, String tags, String text) {
        Analysis a = Analysis.shared();
        Analysis.Field t = a.field(topic);
        Analysis.Field g = a.field(tags);
        Analysis.Field x = a.field(text);
        return new IndexTerms(
                join(t.exact()),
                join(g.exact()),
                join(x.exact()),
                join(t.derived()) + FIELDS + join(g.derived()) + FIELDS + join(x.derived()),
                Analysis.VERSION);
    }

    private static String join(java.util.Collection<String> words) {
        return String.join(" ", words);
    }

    /** The three derived lists of a stored {@link #derived}, as sets: topic, tags, text. */
    static List<Set<String>> derivedFields(String stored) {
        String[] parts = (stored == null ? "" : stored).split(" \\| ", -1);
        List<Set<String>> out = new java.util.ArrayList<>(3);
        for (int i = 0; i < 3; i++) {
            out.add(
                    i < parts.length && !parts[i].isBlank()
                            ? Set.of(parts[i].strip().split(" "))
                            : Set.of());
        }
        return out;
    }
}
