package org.kompis.reflection;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.kompis.core.LessonSource;
import org.kompis.core.NewLesson;

/**
 * Shared answers as lessons, for the lessons library to take in: anonymous ones without an author. Only shared
 * answers: an answer kept private stays out of every library.
 */
public final class ReflectionLessons {
    private final Jdbi jdbi;
    private final Clock clock;

    public ReflectionLessons(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** The lessons of one prompt posted in one channel. */
    public List<NewLesson> lessonsOf(String team, long promptId) {
        ReflectionStore store = jdbi.onDemand(ReflectionStore.class);
        return store.prompt(team, promptId)
                .map(p -> store.sharedAnswers(promptId).stream()
                        .map(a -> draft(p, a))
                        .toList())
                .orElse(List.of());
    }

    /** The lesson of one shared answer; empty when it is not shared or gone. */
    public java.util.Optional<NewLesson> lessonOf(String team, long answerId) {
        ReflectionStore store = jdbi.onDemand(ReflectionStore.class);
        return store.answer(team, answerId)
                .filter(AnswerRow::shared)
                .flatMap(a -> store.prompt(team, a.promptRef()).map(p -> draft(p, a)));
    }

    /** The prompt is the topic; an anonymous answer stays without an author. */
    private NewLesson draft(PromptRow p, AnswerRow a) {
        String[] tags = a.tags() == null
                ? new String[0]
                : Arrays.stream(a.tags().split(","))
                        .map(String::strip)
                        .filter(t -> !t.isEmpty())
                        .toArray(String[]::new);
        NewLesson lesson = NewLesson.of(LessonSource.REFLECTION, a.teamId(), a.text())
                .ref("reflection:answer:" + a.id())
                .inChannel(p.channelId())
                .topic(p.text())
                .tags(tags)
                .at(clock.millis());
        return a.anonymous() || a.userId() == null ? lesson : lesson.by(a.userId());
    }
}
