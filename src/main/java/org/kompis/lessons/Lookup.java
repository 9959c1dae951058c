package org.kompis.lessons;

/**
 * A search as a person runs it: what they typed, read as a query; the channels they are in, fetched fresh; the
 * page they may see. A filter Kompis cannot turn into an id ({@code in:#name} typed by hand) is explained, never
 * silently dropped.
 */
final class Lookup {
    /** The outcome: a page, or the message key that explains why the query could not run as typed. */
    record Result(String typed, Page page, int offset, String problem) {}

    private final LessonsCore core;

    Lookup(LessonsCore core) {
        this.core = core;
    }

    Result run(String team, String user, String typed, int offset, int limit) {
        return run(team, core.viewer(team, user), typed, offset, limit);
    }

    /** A search typed in {@code channel} (null: the Home tab): an empty first page is counted as a miss. */
    Result run(String team, String channel, String user, String typed, int offset, int limit) {
        Result r = run(team, core.viewer(team, user), typed, offset, limit);
        if (r.problem() == null) {
            core.misses.searched(team, channel, SearchQuery.parse(r.typed()), offset, r.page());
        }
        return r;
    }

    Result run(String team, Viewer viewer, String typed, int offset, int limit) {
        String text = typed == null ? "" : typed;
        SearchQuery q = SearchQuery.parse(text);
        if (q.channelName() != null && q.channelId() == null) {
            return new Result(text, empty(offset), offset, "lessons.search.pick_channel");
        }
        if (q.authorName() != null && q.authorId() == null) {
            return new Result(text, empty(offset), offset, "lessons.search.pick_person");
        }
        if (!q.hasWords()
                && q.tags().isEmpty()
                && q.channelId() == null
                && q.source() == null
                && q.authorId() == null
                && !text.isBlank()) {
            // Nothing searchable was typed: a lone '*', punctuation or emoji. Listing everything would look like a
            // match.
            String key = text.chars().anyMatch(c -> c == '*') ? "lessons.search.star_alone" : "lessons.search.no_words";
            return new Result(text, empty(offset), offset, key);
        }
        Page page = core.search.search(team, q, viewer, offset, limit);
        // A public channel may have been made private since Kompis last looked: ask, and read again if so.
        if (core.privacy.turnedPrivate(team, page.lessons(), viewer.channelIds())) {
            page = core.search.search(team, q, viewer, offset, limit);
        }
        return new Result(text, page, offset, null);
    }

    private static Page empty(int offset) {
        return new Page(java.util.List.of(), false, offset);
    }
}
