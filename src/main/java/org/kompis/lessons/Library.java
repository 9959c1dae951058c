package org.kompis.lessons;

import org.kompis.core.LessonSink;
import org.kompis.core.NewLesson;

/**
 * The sink every ritual hands its lessons to. The channel's privacy is learned first, so a private channel's lesson
 * is never public, even for a moment; a lesson's ref is unique, so handing it over twice stores it once.
 */
final class Library implements LessonSink {
    private final LessonsCore core;

    Library(LessonsCore core) {
        this.core = core;
    }

    @Override
    public void add(NewLesson lesson) {
        core.privacy.learn(lesson.teamId(), lesson.channelId());
        core.store().add(lesson);
    }
}
