package org.kompis.lessons;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Indexed words close to a word that finds nothing (a typo, another spelling): words as written in some lesson,
 * starting with the same two letters, at most one edit away for short words and two for longer ones (a swap of two
 * neighbouring letters is one edit), closest first, then the most common. Reads FTS5's vocabulary of the written
 * words only, so a suggestion is always a word someone wrote, never a stem.
 */
final class Nearby {
    static final int MAX = 3;
    private static final int SCAN = 5_000;

    private record Found(String word, int distance, long lessons) {}

    private Nearby() {}

    static List<String> words(Handle h, String word) {
        if (word.length() < 3) {
            return List.of();
        }
        String lo = word.substring(0, 2);
        String hi = lo.substring(0, 1) + (char) (lo.charAt(1) + 1);
        int max = word.length() <= 4 ? 1 : 2;
        List<Found> found = new ArrayList<>();
        h.createQuery(PgSearch.on(h) ? PgSearch.vocabularySql(h) : """
            select term, sum(doc) from lessons_vocab_col
            where term >= :lo and term < :hi and col != 'terms_derived' group by term limit :scan""")
                .bind("lo", lo)
                .bind("hi", hi)
                .bind("scan", SCAN)
                .map((rs, ctx) -> new Found(rs.getString(1), distance(word, rs.getString(1), max), rs.getLong(2)))
                .forEach(f -> {
                    if (f.distance() > 0 && f.distance() <= max) {
                        found.add(f);
                    }
                });
        found.sort(Comparator.comparingInt(Found::distance)
                .thenComparing(Comparator.comparingLong(Found::lessons).reversed()));
        return found.stream().map(Found::word).limit(MAX * 3L).toList();
    }

    /** Edits between two words (insert, delete, replace, swap neighbours), or more than {@code max} if over it. */
    static int distance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
