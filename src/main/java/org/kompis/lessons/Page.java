package org.kompis.lessons;

import java.util.List;

/** One page of search results; {@code more} says whether a "More" button should fetch {@code nextOffset}. */
public record Page(List<Lesson> lessons, boolean more, int nextOffset) {
  public Page {
    lessons = List.copyOf(lessons);
  }
}
