package org.kompis.pairing;

import java.util.List;

/**
 * What one person learned from a pair's meeting, for the lessons library. {@code text} is as typed (escape it
 * when you show it). {@code shared} is the person's choice: true lets the channel's lessons have it; false means
 * it is theirs alone (the library's private visibility) and must never be shown to anyone else.
 * {@code sourceRef} is stable ("pairs:12:U123"), so storing a draft again replaces rather than duplicates it.
 */
public record LessonDraft(String source, String sourceRef, String teamId, String channelId, String topic, String text,
    List<String> tags, String authorId, List<String> participants, boolean shared, String lang, long createdAt) {

  public static final String SOURCE = "pairs";

  public LessonDraft {
    tags = List.copyOf(tags);
    participants = List.copyOf(participants);
  }
}
