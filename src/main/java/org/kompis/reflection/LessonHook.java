package org.kompis.reflection;

import org.kompis.core.Kit;

/**
 * Where a shared answer goes to become a lesson, right after it is saved. A hook that throws loses nothing: the
 * answer stays in {@code reflection_answers} and {@link ReflectionLessons} can hand it over again.
 */
@FunctionalInterface
public interface LessonHook {
  LessonHook NONE = (kit, draft) -> { };

  void shared(Kit kit, LessonDraft draft) throws Exception;
}
