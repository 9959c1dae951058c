package org.kompis.reflection;

import org.kompis.core.Kit;
import org.kompis.core.LessonSink;
import org.kompis.core.Ritual;

/** Installs the weekly reflection: commands, the answer and settings listeners, the outbox kinds and the jobs. */
public final class ReflectionRitual implements Ritual {
    private final LessonSink lessons;

    public ReflectionRitual() {
        this(LessonSink.NONE);
    }

    /** @param lessons where shared answers go: the lessons library. */
    public ReflectionRitual(LessonSink lessons) {
        this.lessons = lessons;
    }

    @Override
    public void install(Kit kit) {
        kit.privacy().add(new ReflectionPersonalData());
        PromptLibrary library =
                PromptLibrary.load(PromptLibrary.folder(kit.config().configFile()));
        PromptMessages messages = new PromptMessages(kit.messages());
        ReflectionRuns runs = new ReflectionRuns(kit, library, messages);
        ReflectionSchedules schedules = new ReflectionSchedules(kit);
        ReflectionSettings settings = new ReflectionSettings(kit, library, schedules);
        new ReflectionCommands(kit, runs, schedules, settings).register(kit.commands());
        new ReflectionListeners(kit, new AnswerCounter(kit, messages), lessons).register();
        settings.register();
        kit.outbox().register(ReflectionRuns.PROMPT, runs.promptDelivery());
        kit.outbox().register(ReflectionRuns.ANSWER, runs.answerDelivery());
        kit.outbox().register(ReflectionRuns.REMINDER, runs.reminderDelivery());
        kit.scheduler()
                .onSchedule(
                        ReflectionSchedules.RITUAL,
                        (schedule, at) -> runs.start(
                                schedule.teamId(),
                                schedule.channelId(),
                                ReflectionRuns.runKey(schedule, at),
                                at,
                                schedule.createdBy()));
        kit.scheduler().onTimerWithGrace(ReflectionRuns.REMIND_TIMER, new Reminders(kit)::run);
    }
}
