package org.kompis.lessons;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@link Ranking} needs to know of one field of a candidate, read straight from the stored terms (words
 * separated by single spaces, the derived lists of the three fields separated by " | ") without splitting them into
 * strings: how many words the field has, and for each query word how often it is there as written and whether one
 * of its other forms or all of its compound parts are. A search ranks hundreds of candidates of dozens of words
 * each; comparing hashes of the stored text with the few query strings costs no allocation per word.
 */
final class TermScan {
    /** Where a query string counts: as the word written, one of its forms, or one of its compound parts. */
    private static final int EXACT = -1;

    private static final int FORM = -2;

    private final List<String> strings = new ArrayList<>();
    private final List<int[]> roles = new ArrayList<>(); // {word, EXACT | FORM | part index}
    private int[] hashes = new int[0];
    private final long[] bloom = new long[16];
    private final List<String> prefixes = new ArrayList<>(); // by word; null unless the word is a prefix
    private final int[] partCount;
    private boolean anyPrefix;

    // Per field, reset by start(): what was found for each word.
    final int[] exact;
    final boolean[] form;
    final boolean[] derivedPrefix;
    private final long[] parts;
    int length;

    TermScan(int words) {
        partCount = new int[words];
        exact = new int[words];
        form = new boolean[words];
        derivedPrefix = new boolean[words];
        parts = new long[words];
        for (int i = 0; i < words; i++) {
            prefixes.add(null);
        }
    }

    void exact(int word, String s) {
        add(word, EXACT, s);
    }

    void form(int word, String s) {
        add(word, FORM, s);
    }

    /** A string that finds compound part {@code part} (below 64) of the word. */
    void part(int word, int part, String s) {
        partCount[word] = Math.max(partCount[word], part + 1);
        add(word, part, s);
    }

    void prefix(int word, String p) {
        prefixes.set(word, p);
        anyPrefix = true;
    }

    boolean allParts(int word) {
        return partCount[word] > 0 && parts[word] == (1L << partCount[word]) - 1;
    }

    private void add(int word, int role, String s) {
        strings.add(s);
        roles.add(new int[] {word, role});
        hashes = java.util.Arrays.copyOf(hashes, strings.size());
        hashes[strings.size() - 1] = s.hashCode();
        int bit = s.hashCode() & 1023;
        bloom[bit >>> 6] |= 1L << bit;
    }

    void start() {
        java.util.Arrays.fill(exact, 0);
        java.util.Arrays.fill(form, false);
        java.util.Arrays.fill(derivedPrefix, false);
        java.util.Arrays.fill(parts, 0);
        length = 0;
    }

    /** The words of a field as written: counts them, counts exact hits, notes forms and parts written as such. */
    void written(String field) {
        scan(field, 0, field == null ? 0 : field.length(), true);
    }

    /**
     * The derived list of field {@code index} (0 topic, 1 tags, 2 text) within the stored derived terms: notes the
     * forms, parts and prefixes found there.
     */
    void derived(String stored, int index) {
        if (stored == null) {
            return;
        }
        int from = 0;
        for (int i = 0; i < index && from >= 0; i++) {
            from = stored.indexOf(IndexTerms.FIELDS, from);
            from = from < 0 ? -1 : from + IndexTerms.FIELDS.length();
        }
        if (from < 0) {
            return;
        }
        int to = stored.indexOf(IndexTerms.FIELDS, from);
        scan(stored, from, to < 0 ? stored.length() : to, false);
    }

    private void scan(String s, int from, int to, boolean written) {
        int i = from;
        while (i < to) {
            while (i < to && s.charAt(i) == ' ') {
                i++;
            }
            int start = i;
            int h = 0;
            while (i < to && s.charAt(i) != ' ') {
                h = 31 * h + s.charAt(i);
                i++;
            }
            if (i > start) {
                if (written) {
                    length++;
                }
                if (anyPrefix) {
                    prefixed(s, start, i - start, written);
                }
                int bit = h & 1023;
                if ((bloom[bit >>> 6] & (1L << bit)) != 0) {
                    match(s, start, i - start, h, written);
                }
            }
        }
    }

    private void prefixed(String s, int start, int len, boolean written) {
        for (int w = 0; w < prefixes.size(); w++) {
            String p = prefixes.get(w);
            if (p != null && len >= p.length() && s.startsWith(p, start)) {
                if (written) {
                    exact[w]++;
                } else {
                    derivedPrefix[w] = true;
                }
            }
        }
    }

    private void match(String s, int start, int len, int h, boolean written) {
        for (int n = 0; n < hashes.length; n++) {
            String candidate = strings.get(n);
            if (hashes[n] != h || candidate.length() != len || !s.startsWith(candidate, start)) {
                continue;
            }
            int[] role = roles.get(n);
            int word = role[0];
            if (role[1] == EXACT) {
                exact[word] += written ? 1 : 0;
            } else if (role[1] == FORM) {
                form[word] = true;
            } else {
                parts[word] |= 1L << role[1];
            }
        }
    }
}
