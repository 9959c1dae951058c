package org.kompis.reflection;

import java.util.Arrays;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Shared answers as lessons, for the lessons library to take in: anonymous ones without an author. Only shared
 * answers: an answer kept private stays out of every library.
 */
public final class ReflectionLessons {
  private final Jdbi jdbi;

  public ReflectionLessons(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** The lessons of one prompt posted in one channel. */
  public List<LessonDraft> lessonsOf(long promptId) {
    ReflectionStore store = jdbi.onDemand(ReflectionStore.class);
    return store.prompt(promptId).map(p -> store.sharedAnswers(promptId).stream().map(a -> draft(p, a)).toList())
        .orElse(List.of());
  }

  /** The lesson of one shared answer; empty when it is not shared or gone. */
  public java.util.Optional<LessonDraft> lessonOf(long answerId) {
    ReflectionStore store = jdbi.onDemand(ReflectionStore.class);
    return store.answer(answerId).filter(AnswerRow::shared).flatMap(a -> store.prompt(a.promptRef()).map(p -> draft(p, a)));
  }

  private static LessonDraft draft(PromptRow p, AnswerRow a) {
    List<String> tags = a.tags() == null ? List.of()
        : Arrays.stream(a.tags().split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    return new LessonDraft("reflection", "reflection:answer:" + a.id(), a.teamId(), p.channelId(), p.text(), a.text(),
        a.anonymous() ? null : a.userId(), tags, a.createdAt());
  }
}
