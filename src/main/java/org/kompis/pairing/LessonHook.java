package org.kompis.pairing;

import org.kompis.core.Kit;

/**
 * Where "What did you learn?" goes to become a lesson. Called once per saved answer (again when the person edits
 * it: the {@link LessonDraft#sourceRef()} stays the same); {@link #NONE} until the lessons library is wired in.
 * A hook that throws loses nothing: the text stays in {@code pairs_learnings} and {@link PairsRitual#lessonsOf}.
 */
@FunctionalInterface
public interface LessonHook {
  LessonHook NONE = (kit, draft) -> { };

  void store(Kit kit, LessonDraft draft) throws Exception;
}
