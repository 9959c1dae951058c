package org.kompis.core;

/**
 * Where a ritual hands over what people learned: the lessons library. A lesson handed over twice with the same
 * {@link NewLesson#sourceRef()} is stored once, so a ritual may hand it over again after a failure.
 */
@FunctionalInterface
public interface LessonSink {
    LessonSink NONE = lesson -> {};

    /** Stores the lesson; throws when it could not, and the ritual decides whether to try again. */
    void add(NewLesson lesson) throws Exception;
}
