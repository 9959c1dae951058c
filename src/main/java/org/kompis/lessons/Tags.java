package org.kompis.lessons;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Tags as stored: lowercase, without '#', separated by single spaces. One format for storage and for the
 * {@code #tag} filter, so the filter can compare whole tags exactly.
 */
final class Tags {
    private Tags() {}

    static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        Set<String> tags = new LinkedHashSet<>();
        for (String part : raw.split("[\\s,;]+")) {
            one(part).ifPresent(tags::add);
        }
        return String.join(" ", tags);
    }

    /** One typed tag, or empty when nothing searchable is left after stripping '#' and surrounding punctuation. */
    static Optional<String> one(String raw) {
        int start = 0;
        int end = raw.length();
        while (start < end && !isWordChar(raw.codePointAt(start))) {
            start += Character.charCount(raw.codePointAt(start));
        }
        while (end > start && !isWordChar(raw.codePointBefore(end))) {
            end -= Character.charCount(raw.codePointBefore(end));
        }
        String tag = raw.substring(start, end).toLowerCase(Locale.ROOT);
        return tag.isEmpty() ? Optional.empty() : Optional.of(tag);
    }

    static List<String> split(String stored) {
        return stored == null || stored.isBlank() ? List.of() : List.of(stored.split(" "));
    }

    /** Roughly what FTS5's unicode61 tokenizer keeps in a token: letters, numbers, private-use characters. */
    static boolean isWordChar(int cp) {
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp)
                || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER
                || type == Character.PRIVATE_USE;
    }

    static boolean hasWordChar(String s) {
        return s.codePoints().anyMatch(Tags::isWordChar);
    }
}
