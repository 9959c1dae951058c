package org.kompis.lessons;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A typed query as people read it: Slack sends a channel or a person picked from its list as {@code <#C123|name>}
 * or {@code <@U123|name>} (sometimes without the name); shown back, they are {@code #name} and {@code @name}, the
 * name looked up when Slack left it out, the id only when nobody can say.
 */
final class PlainQuery {
    private static final Pattern MENTION = Pattern.compile("<([#@])([A-Z0-9]+)(?:\\|([^>]*))?>");

    private PlainQuery() {}

    static String of(String typed, Function<String, String> channelName, Function<String, String> personName) {
        Matcher m = MENTION.matcher(typed == null ? "" : typed.strip());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String label = m.group(3);
            if (label == null || label.isBlank()) {
                label = m.group(1).equals("#") ? channelName.apply(m.group(2)) : personName.apply(m.group(2));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + (label == null ? m.group(2) : label)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
