package org.kompis.lessons;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * BM25 (k1 1.2, b 0.75) over a search's candidates, in Java: topic hits weigh 3, tags 2, text 1, as FTS5's
 * {@code bm25(lessons_fts, 3, 1, 2)} would, but without IDF. SQLite's bm25() first counts every row holding each
 * word to get its IDF, and that count, not the ranking, cost 30-75 ms per common word in a million lessons. All
 * candidates contain every word (the match is an AND), so IDF would only weigh the words against each other.
 * Words are split and folded like {@code unicode61 remove_diacritics 2}: lowercase, accents off, split on anything
 * that is not a letter or number.
 */
final class Ranking {
  /** What ranking reads of a lesson: the indexed columns, not the whole row. */
  record Candidate(long id, String topic, String text, String tags) {
  }

  private static final double K1 = 1.2;
  private static final double B = 0.75;
  private static final double[] WEIGHTS = {3, 1, 2};
  private static final int SEPARATOR = -1;
  private static final int SKIP = -2;
  // Folding the Basic Multilingual Plane once (a few ms at class load) beats normalising every candidate's text.
  private static final int[] FOLD = new int[0x10000];

  static {
    for (int cp = 0; cp < FOLD.length; cp++) {
      FOLD[cp] = Character.isSurrogate((char) cp) ? SEPARATOR : fold(cp);
    }
  }

  private Ranking() {
  }

  /** Candidate ids, best first; equal scores keep their order (newest first). */
  static List<Long> rank(List<Candidate> candidates, List<SearchQuery.Term> terms) {
    List<Phrase> phrases = new ArrayList<>();
    for (SearchQuery.Term t : terms) {
      List<String> tokens = tokens(t.text());
      if (!tokens.isEmpty()) {
        phrases.add(new Phrase(tokens.toArray(String[]::new), t.prefix()));
      }
    }
    int n = candidates.size();
    double[][] tf = new double[n][phrases.size()];
    double[] length = new double[n];
    double total = 0;
    for (int i = 0; i < n; i++) {
      Candidate c = candidates.get(i);
      String[] fields = {c.topic(), c.text(), c.tags()};
      for (int f = 0; f < fields.length; f++) {
        List<String> doc = tokens(fields[f]);
        length[i] += doc.size();
        for (int p = 0; p < phrases.size(); p++) {
          tf[i][p] += WEIGHTS[f] * phrases.get(p).occurrences(doc);
        }
      }
      total += length[i];
    }
    double average = n == 0 ? 1 : Math.max(1, total / n);
    double[] score = new double[n];
    List<Integer> order = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      double norm = K1 * (1 - B + B * length[i] / average);
      for (double f : tf[i]) {
        score[i] += f * (K1 + 1) / (f + norm);
      }
      order.add(i);
    }
    order.sort(Comparator.comparingDouble(i -> -score[i]));
    return order.stream().map(i -> candidates.get(i).id()).toList();
  }

  static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    if (s == null) {
      return out;
    }
    StringBuilder token = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      int folded;
      if (!Character.isSurrogate(ch)) {
        folded = FOLD[ch];
      } else {
        int cp = s.codePointAt(i);
        folded = Character.isSupplementaryCodePoint(cp) ? fold(cp) : SEPARATOR;
        i += Character.charCount(cp) - 1;
      }
      if (folded >= 0) {
        token.appendCodePoint(folded);
      } else if (folded == SEPARATOR && token.length() > 0) {
        out.add(token.toString());
        token.setLength(0);
      }
    }
    if (token.length() > 0) {
      out.add(token.toString());
    }
    return out;
  }

  /** A query word as tokens; a prefix word's last token matches any token starting with it. */
  private record Phrase(String[] tokens, boolean prefix) {
    int occurrences(List<String> doc) {
      int count = 0;
      int last = tokens.length - 1;
      for (int start = 0; start + tokens.length <= doc.size(); start++) {
        boolean all = true;
        for (int j = 0; j <= last && all; j++) {
          String have = doc.get(start + j);
          all = prefix && j == last ? have.startsWith(tokens[j]) : have.equals(tokens[j]);
        }
        count += all ? 1 : 0;
      }
      return count;
    }
  }

  private static int fold(int cp) {
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK) {
      return SKIP;
    }
    if (!Tags.isWordChar(cp)) {
      return SEPARATOR;
    }
    // Hangul syllables decompose into letters that the index keeps together.
    if (cp >= 0xAC00 && cp <= 0xD7A3) {
      return cp;
    }
    return Character.toLowerCase(Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD)
        .codePointAt(0));
  }
}
