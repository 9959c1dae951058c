package org.kompis.sixhats;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a finished exercise leaves for the lessons library. Texts are as people typed them (not escaped): whoever
 * shows them escapes them. {@code keywords} holds every hat in canonical order, an empty list when nobody wrote
 * under it; {@code keywordsText} is the same, readable, with the hat names in the channel's language.
 */
public record LessonDraft(
    String teamId,
    String channelId,
    String topic,
    Map<Hat, List<String>> keywords,
    String keywordsText,
    String decide,
    String next,
    String facilitatorId,
    List<String> participants,
    String sourceRef,
    String lang,
    Instant finishedAt) {

  public static final String SOURCE = "sixhats";

  public LessonDraft {
    Map<Hat, List<String>> copy = new EnumMap<>(Hat.class);
    keywords.forEach((hat, words) -> copy.put(hat, List.copyOf(words)));
    keywords = Collections.unmodifiableMap(copy);
    participants = List.copyOf(participants);
  }

  public String source() {
    return SOURCE;
  }

  /** The conclusion as one text: what we decide, then what we do next when that was written. */
  public String conclusion() {
    return next == null || next.isBlank() ? decide : decide + "\n\n" + next;
  }
}
