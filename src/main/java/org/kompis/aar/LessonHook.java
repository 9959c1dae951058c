package org.kompis.aar;

import java.util.List;
import org.kompis.core.Kit;

/**
 * Called once when a review is closed, with its lessons ({@link Lessons#of}). The lessons library plugs in here;
 * until it does, nothing happens. A hook that throws is called again the next time someone presses "Close".
 */
@FunctionalInterface
public interface LessonHook {
  LessonHook NONE = (kit, drafts) -> {};

  void reviewClosed(Kit kit, List<LessonDraft> drafts) throws Exception;
}
