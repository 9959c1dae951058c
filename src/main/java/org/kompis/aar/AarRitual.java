package org.kompis.aar;

import com.slack.api.model.event.UserChangeEvent;
import org.kompis.core.Kit;
import org.kompis.core.LessonSink;
import org.kompis.core.Ritual;

/** The after-action review: {@code /aar}, its buttons and modals, its reminders and follow-ups. */
public final class AarRitual implements Ritual {
    private final LessonSink lessons;

    public AarRitual() {
        this(LessonSink.NONE);
    }

    /** @param lessons where a closed review's lessons go: each "what will we do better" answer, and the summary */
    public AarRitual(LessonSink lessons) {
        this.lessons = lessons;
    }

    @Override
    public void install(Kit kit) {
        AarCore core = new AarCore(kit, lessons);
        kit.privacy().add(new AarPersonalData());
        kit.events().on(UserChangeEvent.class, payload -> {
            var u = payload.getEvent().getUser();
            if (u != null && u.isDeleted()) {
                AarStore.leave(
                        kit.jdbi(), payload.getTeamId() != null ? payload.getTeamId() : u.getTeamId(), u.getId());
            }
        });
        kit.home().add(new AarHome(core));
        AarViews views = new AarViews(core);
        AarStart start = new AarStart(core, views);
        AarAnswers answers = new AarAnswers(core, views);
        AarClose close = new AarClose(core, views, answers);
        AarFollowUp followUp = new AarFollowUp(core);
        AarCommands.register(kit.commands(), start, new AarLists(core, views));
        new AarListeners(core, start, answers, close, followUp).install(kit.app());
        AarReminders reminders = new AarReminders(core);
        kit.scheduler().onTimerWithGrace(AarReminders.REMIND, reminders::remind);
        kit.scheduler().onTimer(AarReminders.DEADLINE, reminders::deadline);
        kit.scheduler().onTimer(AarReminders.ACTION_DUE, reminders::actionDue);
    }
}
