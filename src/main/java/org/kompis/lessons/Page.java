package org.kompis.lessons;

import java.util.List;

/**
 * One page of search results; {@code more} says whether a "More" button should fetch {@code nextOffset};
 * {@code partial}: no lesson had every word, so these are the best matches of some of them.
 */
public record Page(List<Lesson> lessons, boolean more, int nextOffset, boolean partial) {
  public Page {
    lessons = List.copyOf(lessons);
  }

  public Page(List<Lesson> lessons, boolean more, int nextOffset) {
    this(lessons, more, nextOffset, false);
  }
}
