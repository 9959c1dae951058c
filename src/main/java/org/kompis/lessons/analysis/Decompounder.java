package org.kompis.lessons.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits Norwegian and Swedish compounds into the dictionary words they are made of: brukerundersøkelse is bruker
 * and undersøkelse, arbetsplatsträff is arbete, plats and träff. A split counts only when the whole word is covered
 * by words of at least three letters, each perhaps followed by a linking s or e and perhaps missing its final e
 * (arbets- is arbete); of those, the split into the fewest words wins. Lucene's dictionary decompounder was not
 * taken: it emits every dictionary word found anywhere inside a word (under, søk and else in brukerundersøkelse),
 * which makes short queries match far too much.
 */
final class Decompounder {
    static final int MIN_WORD = 7;
    static final int MAX_WORD = 40;
    private static final int MIN_PART = 3;
    // Endings of the last part of an inflected compound (brukerundersøkelsen, arbetsplatsträffen), longest first.
    private static final List<String> ENDINGS =
            List.of("ene", "erna", "arna", "orna", "ane", "en", "et", "er", "ar", "or", "na", "a", "n", "t", "s");

    private final Set<String> dictionary;

    Decompounder(Set<String> dictionary) {
        this.dictionary = dictionary;
    }

    /** The shipped word lists (see the README next to them). */
    static Decompounder shipped() {
        Set<String> words = new HashSet<>();
        for (String list : List.of("words-nb.txt", "words-sv.txt")) {
            try (InputStream in = Decompounder.class.getResourceAsStream(list)) {
                if (in == null) {
                    throw new IllegalStateException("Word list missing from the build: " + list);
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    String w = line.strip();
                    if (!w.isEmpty() && !w.startsWith("#")) {
                        words.add(w);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Decompounder(Set.copyOf(words));
    }

    /** The dictionary words of a compound, in order; empty when the word is not one. */
    List<String> parts(String word) {
        int n = word.length();
        if (n < MIN_WORD || n > MAX_WORD) {
            return List.of();
        }
        // fewest[i]: the fewest parts covering word[0, i); from[i]: where the last of them starts; as[i]: its dict
        // form.
        int[] fewest = new int[n + 1];
        int[] from = new int[n + 1];
        String[] as = new String[n + 1];
        java.util.Arrays.fill(fewest, Integer.MAX_VALUE);
        fewest[0] = 0;
        for (int end = MIN_PART; end <= n; end++) {
            for (int start = 0; start <= end - MIN_PART; start++) {
                if (fewest[start] == Integer.MAX_VALUE || fewest[start] + 1 >= fewest[end]) {
                    continue;
                }
                String form = known(word.substring(start, end), end == n);
                if (form != null) {
                    fewest[end] = fewest[start] + 1;
                    from[end] = start;
                    as[end] = form;
                }
            }
        }
        if (fewest[n] < 2 || fewest[n] == Integer.MAX_VALUE) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        for (int end = n; end > 0; end = from[end]) {
            parts.add(0, as[end]);
        }
        return parts;
    }

    /** The dictionary form of a piece of a compound, or null. Only inner pieces may carry a linking letter. */
    private String known(String piece, boolean last) {
        if (dictionary.contains(piece)) {
            return piece;
        }
        if (dictionary.contains(piece + "e")) {
            return piece + "e";
        }
        if (last) {
            for (String ending : ENDINGS) {
                String stem = piece.substring(0, Math.max(0, piece.length() - ending.length()));
                if (piece.endsWith(ending)
                        && stem.length() >= MIN_PART
                        && (dictionary.contains(stem) || dictionary.contains(stem + "e"))) {
                    return dictionary.contains(stem) ? stem : stem + "e";
                }
            }
            return null;
        }
        char tail = piece.charAt(piece.length() - 1);
        if (piece.length() > MIN_PART && (tail == 's' || tail == 'e')) {
            String stripped = piece.substring(0, piece.length() - 1);
            if (dictionary.contains(stripped)) {
                return stripped;
            }
            if (dictionary.contains(stripped + "e")) {
                return stripped + "e";
            }
        }
        return null;
    }
}
