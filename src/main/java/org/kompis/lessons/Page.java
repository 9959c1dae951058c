package org.kompis.lessons;

import java.util.List;

/**
 * One page of search results; {@code more} says whether a "More" button should fetch {@code nextOffset}.
 *
 * @param partial no lesson had every word: these are the best matches of some of them
 * @param corrected the words searched instead of some that no lesson holds (typos), or null
 * @param suggestions nothing found: nearby words the viewer would find something with
 */
public record Page(
        List<Lesson> lessons,
        boolean more,
        int nextOffset,
        boolean partial,
        String corrected,
        List<String> suggestions) {
    public Page {
        lessons = List.copyOf(lessons);
        suggestions = List.copyOf(suggestions);
    }

    public Page(List<Lesson> lessons, boolean more, int nextOffset) {
        this(lessons, more, nextOffset, false, null, List.of());
    }
}
