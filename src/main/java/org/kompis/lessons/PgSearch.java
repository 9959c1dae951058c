package org.kompis.lessons;

import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.kompis.cluster.Dialect;

/**
 * The PostgreSQL side of search, twin of {@link Fts5}: the same analysed terms (PostgreSQL V60: the {@code terms}
 * tsvector, 'simple' configuration, weights A topic, B tags, C text, D derived forms), the same match expressions
 * turned into tsqueries, document counts for IDF and the vocabulary of written words for nearby words. Candidates
 * are ranked in Java by {@link Ranking} on both databases, so the same candidates give the same order.
 */
final class PgSearch {
    private PgSearch() {}

    static boolean on(Handle h) {
        return Dialect.of(h) == Dialect.POSTGRESQL;
    }

    /**
     * An FTS5 match expression as {@link SearchQuery} and {@link Fts5} write them (quoted strings of letters and
     * digits, a '*' after a prefix, AND, OR, brackets, {@code {terms_tags} :} before a tag phrase) as a tsquery:
     * '&amp;', '|', '&lt;-&gt;' for a phrase, ':*' for a prefix, ':B' for the tags column.
     */
    static String tsquery(String match) {
        if (match == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        String weight = "";
        int i = 0;
        while (i < match.length()) {
            char c = match.charAt(i);
            if (c == '"') {
                StringBuilder s = new StringBuilder();
                i++;
                while (i < match.length()) {
                    if (match.charAt(i) == '"') {
                        if (i + 1 < match.length() && match.charAt(i + 1) == '"') {
                            s.append('"');
                            i += 2;
                            continue;
                        }
                        break;
                    }
                    s.append(match.charAt(i++));
                }
                i++;
                boolean prefix = i < match.length() && match.charAt(i) == '*';
                if (prefix) {
                    i++;
                }
                out.append(phrase(s.toString(), prefix, weight));
                weight = "";
            } else if (match.startsWith("{terms_tags} :", i)) {
                weight = "B";
                i += "{terms_tags} :".length();
            } else if (match.startsWith("AND", i)) {
                out.append(" & ");
                i += 3;
            } else if (match.startsWith("OR", i)) {
                out.append(" | ");
                i += 2;
            } else {
                if (c == '(' || c == ')') {
                    out.append(c);
                }
                i++;
            }
        }
        return out.toString();
    }

    private static String phrase(String words, boolean prefix, String weight) {
        List<String> lexemes = new ArrayList<>();
        String[] split = words.trim().split(" +");
        for (int k = 0; k < split.length; k++) {
            boolean last = k == split.length - 1;
            String suffix = (last && prefix ? "*" : "") + weight;
            String lexeme = "'" + split[k].replace("\\", "\\\\").replace("'", "''") + "'";
            lexemes.add(lexeme + (suffix.isEmpty() ? "" : ":" + suffix));
        }
        return lexemes.size() == 1 ? lexemes.get(0) : "(" + String.join(" <-> ", lexemes) + ")";
    }

    /** How many lessons hold a term in any column, counted through the GIN index. */
    static long documents(Handle h, String term) {
        return h.createQuery("select count(*) from lessons where terms @@ cast(:q as tsquery)")
                .bind("q", phrase(term, false, ""))
                .mapTo(Long.class)
                .one();
    }

    /**
     * Written words (topic, tags, text; not derived forms) in [lo, hi), with how many lessons hold each, in byte
     * order as FTS5's vocabulary. On a large library they are read from the
     * counts {@link TermDocs} stores; else ts_stat reads every analysed lesson (only asked when a word finds nothing).
     */
    static String vocabularySql(Handle h) {
        String from = TermDocs.hasVocabulary(h)
                ? "(select word, docs as ndoc from lesson_vocabulary) v"
                : "(" + WRITTEN_WORDS + ") v";
        return "select word, ndoc from " + from
                + " where word collate \"C\" >= :lo and word collate \"C\" < :hi"
                + " order by word collate \"C\" limit :scan";
    }

    /** Every written word with its lesson count; reads every analysed lesson. */
    static final String WRITTEN_WORDS = "select word, ndoc from ts_stat("
            + "'select ts_filter(terms, ''{a,b,c}'') from lessons where analysis is not null')";
}
