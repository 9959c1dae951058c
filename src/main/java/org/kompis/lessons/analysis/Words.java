package org.kompis.lessons.analysis;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into normalised words: NFC, lowercase, accents off (café is cafe) except on the Nordic letters å, ä
 * and ö, which are letters of their own (æ and ø have no accent to lose). A word is a run of letters and numbers;
 * everything else, emoji and punctuation included, separates words.
 */
public final class Words {
    private static final int SEPARATOR = -1;
    private static final int SKIP = -2;
    // Folding the Basic Multilingual Plane once (a few ms at class load) beats normalising every text per character.
    private static final int[] FOLD = new int[0x10000];

    static {
        for (int cp = 0; cp < FOLD.length; cp++) {
            FOLD[cp] = Character.isSurrogate((char) cp) ? SEPARATOR : fold(cp);
        }
    }

    private Words() {}

    public static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        String s = Normalizer.isNormalized(text, Normalizer.Form.NFC)
                ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder word = new StringBuilder();
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
                word.appendCodePoint(folded);
            } else if (folded == SEPARATOR && word.length() > 0) {
                out.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            out.add(word.toString());
        }
        return out;
    }

    /** True for what a word is made of: letters, numbers, private-use characters (what FTS5's unicode61 keeps too). */
    public static boolean isWordChar(int cp) {
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp)
                || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER
                || type == Character.PRIVATE_USE;
    }

    /** The word as typed on a keyboard without Nordic letters: østersund is ostersund, æ is ae. */
    public static String ascii(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            switch (c) {
                case 'å', 'ä' -> out.append('a');
                case 'ö', 'ø' -> out.append('o');
                case 'æ' -> out.append("ae");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static int fold(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK) {
            return SKIP;
        }
        if (!isWordChar(cp)) {
            return SEPARATOR;
        }
        int lower = Character.toLowerCase(cp);
        if (lower == 'å' || lower == 'ä' || lower == 'ö') {
            return lower;
        }
        // Hangul syllables decompose into letters that belong together.
        if (cp >= 0xAC00 && cp <= 0xD7A3) {
            return cp;
        }
        return Character.toLowerCase(Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD)
                .codePointAt(0));
    }
}
