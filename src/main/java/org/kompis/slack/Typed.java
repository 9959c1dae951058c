package org.kompis.slack;

/**
 * Text a person typed, made safe to store and show, and otherwise kept as written: NUL and other control
 * characters (PostgreSQL refuses NUL) go, except tab and line breaks; a lone surrogate becomes U+FFFD; the
 * bidirectional overrides, embeddings and isolates that can make a text read backwards go; so do the invisible
 * zero-width space, word joiner and byte-order mark. Zero-width joiners stay: emoji sequences need them.
 */
public final class Typed {
    private Typed() {}

    public static String normalise(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String replacement = null;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (out != null) {
                    out.append(c).append(s.charAt(i + 1));
                }
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                replacement = "\uFFFD";
            } else if (dropped(c)) {
                replacement = "";
            }
            if (replacement != null && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null) {
                out.append(replacement != null ? replacement : String.valueOf(c));
            }
        }
        return out == null ? s : out.toString();
    }

    private static boolean dropped(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                || c == 0x7F
                || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069)
                || c == 0x200B
                || c == 0x2060
                || c == 0xFEFF;
    }
}
