package org.kompis.lessons;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits typed text on whitespace, keeping Slack's escaped mentions whole: {@code from:<@U123|Ada Lovelace>} is one
 * token although the label has a space. A '<' without a later '>' is an ordinary character. Words in quotes are one
 * token too ({@code "daglig leder"}), searched as a phrase; a quote without a closing one is an ordinary character.
 */
final class QueryTokens {
    private static final String OPENING = "\"“„«";
    private static final String CLOSING = "\"”“»";

    private QueryTokens() {}

    static List<String> split(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int close = c == '<' ? text.indexOf('>', i) : current.length() == 0 ? closingQuote(text, i) : -1;
            if (close > 0) {
                current.append(text, i, close + 1);
                i = close + 1;
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                flush(current, tokens);
                i++;
            } else {
                current.append(c);
                i++;
            }
        }
        flush(current, tokens);
        return tokens;
    }

    /** Where the quotes opened at {@code i} close, when they hold more than one word; else -1. */
    private static int closingQuote(String text, int i) {
        if (OPENING.indexOf(text.charAt(i)) < 0) {
            return -1;
        }
        for (int j = i + 1; j < text.length(); j++) {
            if (CLOSING.indexOf(text.charAt(j)) >= 0) {
                boolean words = text.substring(i + 1, j).strip().chars().anyMatch(Character::isWhitespace);
                return words ? j : -1;
            }
        }
        return -1;
    }

    private static void flush(StringBuilder current, List<String> tokens) {
        if (current.length() > 0) {
            tokens.add(current.toString());
            current.setLength(0);
        }
    }
}
