package org.kompis.lessons;

import org.kompis.core.LessonSink;
import org.kompis.core.NewLesson;

/**
 * The sink every ritual hands its lessons to. The channel's privacy is learned first, so a private channel's lesson
 * is never public, even for a moment; a lesson's ref is unique, so handing it over twice stores it once.
 */
final class Library implements LessonSink {
    private final LessonStore store;
    private final ChannelPrivacy channelPrivacy;

    Library(LessonStore store, ChannelPrivacy channelPrivacy) {
        this.store = store;
        this.channelPrivacy = channelPrivacy;
    }

    @Override
    public void add(NewLesson lesson) {
        channelPrivacy.learn(lesson.teamId(), lesson.channelId());
        store.add(lesson);
    }
}
