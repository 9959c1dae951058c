package org.kompis.pairing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Free tags as people type them ("Excel, #budget ,  plain language") made comparable: the matcher compares
 * exactly, so "Excel" and "excel " must become the same tag. Also the stored comma-separated lists.
 */
public final class Tags {
    public static final int MAX_TAGS = 15;
    public static final int MAX_TAG_LENGTH = 40;
    private static final Pattern MENTION = Pattern.compile("<@([UW][A-Z0-9]+)(?:\\|[^>]*)?>");

    private Tags() {}

    /** Typed text to at most {@link #MAX_TAGS} tags: lowercase, no leading '#', single spaces, no duplicates. */
    public static List<String> parse(String typed) {
        Set<String> out = new LinkedHashSet<>();
        if (typed == null) {
            return List.of();
        }
        for (String raw : typed.split("[,;\\n]")) {
            String tag =
                    raw.strip().replaceFirst("^#+", "").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            if (!tag.isEmpty() && out.size() < MAX_TAGS) {
                out.add(
                        tag.length() > MAX_TAG_LENGTH
                                ? tag.substring(0, MAX_TAG_LENGTH).strip()
                                : tag);
            }
        }
        return List.copyOf(out);
    }

    /** How many tags were typed, before the cap: to tell someone they wrote too many. */
    public static int countTyped(String typed) {
        return typed == null
                ? 0
                : (int) Arrays.stream(typed.split("[,;\\n]"))
                        .filter(s -> !s.replace("#", "").isBlank())
                        .count();
    }

    /** A team or unit compared the way tags are: "Oppvekst " and "oppvekst" are the same unit. */
    public static String unit(String typed) {
        return typed == null ? "" : typed.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** A stored comma-separated list. */
    public static List<String> split(String stored) {
        List<String> out = new ArrayList<>();
        if (stored != null) {
            for (String s : stored.split(",")) {
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
        }
        return out;
    }

    public static String join(List<String> values) {
        return String.join(",", values);
    }

    /** The user ids mentioned in a command's text; Slack sends mentions as {@code <@U123|name>}. */
    public static List<String> mentions(String text) {
        Set<String> ids = new LinkedHashSet<>();
        Matcher m = MENTION.matcher(text == null ? "" : text);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return List.copyOf(ids);
    }
}
