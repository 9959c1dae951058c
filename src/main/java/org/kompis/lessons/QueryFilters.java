package org.kompis.lessons;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kompis.core.LessonSource;

/**
 * The filters of one {@link SearchQuery} as read so far. Each setter reads one filter's value (a Slack mention, a bare
 * id or a typed name) and says whether it could be read; a value it cannot read is searched as words instead.
 */
final class QueryFilters {
    private static final Pattern CHANNEL_MENTION = Pattern.compile("<#([A-Z0-9]+)(?:\\|([^>]*))?>");
    private static final Pattern USER_MENTION = Pattern.compile("<@([A-Z0-9]+)(?:\\|([^>]*))?>");
    private static final Pattern CHANNEL_ID = Pattern.compile("[CDG](?=[A-Z]*[0-9])[A-Z0-9]+");
    private static final Pattern USER_ID = Pattern.compile("[UW](?=[A-Z]*[0-9])[A-Z0-9]+");

    String channelId;
    String channelName;
    LessonSource source;
    String authorId;
    String authorName;

    boolean channel(String value) {
        Matcher mention = CHANNEL_MENTION.matcher(value);
        String id =
                mention.matches() ? mention.group(1) : CHANNEL_ID.matcher(value).matches() ? value : null;
        String name = id == null && value.startsWith("#") && value.length() > 1 ? value.substring(1) : null;
        if (id == null && name == null) {
            return false;
        }
        channelId = id;
        channelName = name;
        return true;
    }

    boolean author(String value) {
        Matcher mention = USER_MENTION.matcher(value);
        String bare = value.startsWith("@") ? value.substring(1) : value;
        String id = mention.matches() ? mention.group(1) : USER_ID.matcher(bare).matches() ? bare : null;
        String name = id == null && value.startsWith("@") && !bare.isEmpty() ? bare : null;
        if (id == null && name == null) {
            return false;
        }
        authorId = id;
        authorName = name;
        return true;
    }

    boolean source(String value) {
        FilterWords.source(value).ifPresent(s -> source = s);
        return FilterWords.source(value).isPresent();
    }
}
