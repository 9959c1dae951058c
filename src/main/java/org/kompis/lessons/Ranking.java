package org.kompis.lessons;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kompis.lessons.analysis.Analysis;
import org.kompis.lessons.analysis.Words;

/**
 * BM25 (k1 1.2, b 0.75) over a search's candidates, in Java, from their stored terms ({@link IndexTerms}): a word
 * in the topic weighs 3, in the tags 2, in the text 1; a word found as written counts fully, found only through a
 * stem, its neighbour-language spelling or a compound part counts {@value #DERIVED}. Each word is weighed by its
 * IDF over the whole library (rare words matter more), and a newer lesson gets a gentle boost (at most
 * {@value #RECENCY} of its score, halving every {@value #HALF_LIFE_DAYS} days). Ties keep the candidates' order.
 */
final class Ranking {
    /** What ranking reads of a lesson: its stored terms, not its text. */
    record Candidate(long id, long createdAt, IndexTerms terms) {}

    private static final double K1 = 1.2;
    private static final double B = 0.75;
    private static final double[] WEIGHTS = {3, 2, 1};
    static final double DERIVED = 0.4;
    static final double RECENCY = 0.1;
    static final double HALF_LIFE_DAYS = 180;
    private static final double DAY = 86_400_000d;

    private Ranking() {}

    /** A query word as ranking needs it. */
    private record Word(String text, List<String> tokens, boolean prefix, Set<String> forms, List<Set<String>> parts) {
        static Word of(SearchQuery.Term t) {
            List<String> tokens = Words.of(t.text());
            if (tokens.size() != 1 || t.prefix()) {
                return new Word(t.text(), tokens, t.prefix(), Set.of(), List.of());
            }
            Analysis.Word w = Analysis.shared().word(tokens.get(0));
            return new Word(t.text(), tokens, false, w.forms(), w.parts());
        }
    }

    /** Candidate ids, best first; {@code idf} by typed word (a word without one weighs 1). */
    static List<Long> rank(List<Candidate> candidates, List<SearchQuery.Term> terms, Map<String, Double> idf) {
        List<Word> words = new ArrayList<>();
        for (SearchQuery.Term t : terms) {
            Word w = Word.of(t);
            if (!w.tokens().isEmpty()) {
                words.add(w);
            }
        }
        TermScan scan = scan(words);
        boolean phrases = words.stream().anyMatch(w -> w.tokens().size() > 1);
        int n = candidates.size();
        double[][] tf = new double[n][words.size()];
        double[] length = new double[n];
        double total = 0;
        long newest = 0;
        for (int i = 0; i < n; i++) {
            IndexTerms c = candidates.get(i).terms();
            newest = Math.max(newest, candidates.get(i).createdAt());
            String[] fields = {c.topic(), c.tags(), c.text()};
            for (int f = 0; f < fields.length; f++) {
                scan.start();
                scan.written(fields[f]);
                scan.derived(c.derived(), f);
                length[i] += scan.length;
                String[] doc = phrases ? tokens(fields[f]) : null;
                for (int w = 0; w < words.size(); w++) {
                    tf[i][w] += WEIGHTS[f] * hits(words.get(w), w, scan, doc);
                }
            }
            total += length[i];
        }
        double average = n == 0 ? 1 : Math.max(1, total / n);
        double[] score = new double[n];
        List<Integer> order = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double norm = K1 * (1 - B + B * length[i] / average);
            for (int w = 0; w < words.size(); w++) {
                double f = tf[i][w];
                score[i] += idf.getOrDefault(words.get(w).text(), 1.0) * f * (K1 + 1) / (f + norm);
            }
            double ageDays = Math.max(0, (newest - candidates.get(i).createdAt()) / DAY);
            score[i] *= 1 + RECENCY * Math.pow(0.5, ageDays / HALF_LIFE_DAYS);
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(i -> -score[i]));
        return order.stream().map(i -> candidates.get(i).id()).toList();
    }

    private static TermScan scan(List<Word> words) {
        TermScan scan = new TermScan(words.size());
        for (int w = 0; w < words.size(); w++) {
            Word word = words.get(w);
            if (word.tokens().size() == 1 && word.prefix()) {
                scan.prefix(w, word.tokens().get(0));
            } else if (word.tokens().size() == 1) {
                scan.exact(w, word.tokens().get(0));
                for (String f : word.forms()) {
                    scan.form(w, f);
                }
                for (int p = 0; p < word.parts().size() && p < 64; p++) {
                    for (String f : word.parts().get(p)) {
                        scan.part(w, p, f);
                    }
                }
            }
        }
        return scan;
    }

    private static String[] tokens(String field) {
        return field == null || field.isEmpty() ? new String[0] : field.split(" ");
    }

    /**
     * How often the word is in a field as written; else {@link #DERIVED} if it is there in another form, or all its
     * compound parts are. A word of several tokens ("ci/cd") counts where they follow each other.
     */
    private static double hits(Word w, int index, TermScan scan, String[] doc) {
        if (w.tokens().size() > 1) {
            return phrase(w, doc);
        }
        if (scan.exact[index] > 0) {
            return scan.exact[index];
        }
        if (w.prefix()) {
            return scan.derivedPrefix[index] ? DERIVED : 0;
        }
        return scan.form[index] || scan.allParts(index) ? DERIVED : 0;
    }

    private static int phrase(Word w, String[] doc) {
        int exact = 0;
        int last = w.tokens().size() - 1;
        for (int start = 0; start + last < doc.length; start++) {
            boolean all = true;
            for (int j = 0; j <= last && all; j++) {
                String have = doc[start + j];
                all = w.prefix() && j == last
                        ? have.startsWith(w.tokens().get(j))
                        : have.equals(w.tokens().get(j));
            }
            exact += all ? 1 : 0;
        }
        return exact;
    }
}
