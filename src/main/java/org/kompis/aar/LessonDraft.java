package org.kompis.aar;

import java.util.List;

/**
 * Something a closed review taught, for the lessons library. {@code text} is raw, as typed (escape it when you
 * render it); {@code sourceRef} is stable ("aar:12:better:U123", "aar:12:summary"), so storing a draft twice can
 * be made a no-op.
 */
public record LessonDraft(String source, String sourceRef, String teamId, String channelId, String topic, String text,
    String authorId, List<String> participants, long createdAt) {

  public static final String SOURCE = "aar";

  public LessonDraft {
    participants = List.copyOf(participants);
  }
}
