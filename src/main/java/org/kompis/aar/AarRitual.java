package org.kompis.aar;

import java.util.List;
import org.kompis.core.Kit;
import org.kompis.core.Ritual;

/** The after-action review: {@code /aar}, its buttons and modals, its reminders and follow-ups. */
public final class AarRitual implements Ritual {
  private final LessonHook hook;
  private AarCore core;

  public AarRitual() {
    this(LessonHook.NONE);
  }

  /** @param hook what to do with a closed review's lessons: the lessons library, once it is merged. */
  public AarRitual(LessonHook hook) {
    this.hook = hook;
  }

  @Override
  public void install(Kit kit) {
    core = new AarCore(kit, hook);
    kit.privacy().add(new AarPersonalData());
    kit.home().add(new AarHome(core));
    AarViews views = new AarViews(core);
    AarStart start = new AarStart(core, views);
    AarAnswers answers = new AarAnswers(core, views);
    AarClose close = new AarClose(core, views, answers);
    AarFollowUp followUp = new AarFollowUp(core);
    AarCommands.register(kit.commands(), start, new AarLists(core, views));
    new AarListeners(core, start, answers, close, followUp).install(kit.app());
    AarReminders reminders = new AarReminders(core);
    kit.scheduler().onTimer(AarReminders.REMIND, reminders::remind);
    kit.scheduler().onTimer(AarReminders.DEADLINE, reminders::deadline);
    kit.scheduler().onTimer(AarReminders.ACTION_DUE, reminders::actionDue);
  }

  /**
   * The lessons of a closed review (each "what will we do better" answer, and the summary); empty while it is
   * open. The same list is handed to the {@link LessonHook} at close.
   */
  public List<LessonDraft> lessonsOf(long reviewId) {
    if (core == null) {
      throw new IllegalStateException("The after-action review ritual is not installed");
    }
    return Lessons.of(core, reviewId);
  }
}
