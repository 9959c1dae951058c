package org.kompis.lessons;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits typed text on whitespace, keeping Slack's escaped mentions whole: {@code from:<@U123|Ada Lovelace>} is one
 * token although the label has a space. A '<' without a later '>' is an ordinary character.
 */
final class QueryTokens {
    private QueryTokens() {}

    static List<String> split(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int close = c == '<' ? text.indexOf('>', i) : -1;
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

    private static void flush(StringBuilder current, List<String> tokens) {
        if (current.length() > 0) {
            tokens.add(current.toString());
            current.setLength(0);
        }
    }
}
