package org.kompis.sixhats;

import org.kompis.core.Kit;

/**
 * Where a finished exercise goes to become a lesson. Called once per exercise, after its conclusion is stored and
 * before anything is posted; {@link #NONE} until the lessons library is wired in.
 */
@FunctionalInterface
public interface LessonHook {
  LessonHook NONE = (kit, draft) -> { };

  void store(Kit kit, LessonDraft draft) throws Exception;
}
