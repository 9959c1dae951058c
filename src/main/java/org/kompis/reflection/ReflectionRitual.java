package org.kompis.reflection;

import com.slack.api.bolt.App;
import java.nio.file.Path;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;
import org.kompis.core.Background;
import org.kompis.core.Commands;
import org.kompis.core.LessonSink;
import org.kompis.core.Privacy;
import org.kompis.core.Ritual;
import org.kompis.core.Speech;
import org.kompis.core.Zones;
import org.kompis.delivery.Outbox;
import org.kompis.i18n.Languages;
import org.kompis.roles.Roles;
import org.kompis.scheduling.Scheduler;
import org.kompis.slack.Directory;
import org.kompis.slack.SlackGateway;

/** Installs the weekly reflection: commands, the answer and settings listeners, the outbox kinds and the jobs. */
public final class ReflectionRitual implements Ritual {
    private final Commands commands;
    private final Scheduler scheduler;
    private final Privacy privacy;
    private final Outbox outbox;
    private final ReflectionRuns runs;
    private final ReflectionSettings settings;
    private final ReflectionCommands reflectionCommands;
    private final ReflectionListeners listeners;
    private final Reminders reminders;

    /**
     * @param configFile where the prompt library may be overridden
     * @param reminderHours how long after a prompt the reminder goes
     * @param lessons where shared answers go: the lessons library
     */
    public ReflectionRitual(
            App app,
            Commands commands,
            Scheduler scheduler,
            Privacy privacy,
            Outbox outbox,
            Jdbi jdbi,
            SlackGateway slack,
            Directory directory,
            Speech speech,
            Languages languages,
            Zones zones,
            Roles roles,
            Clock clock,
            Background background,
            Path configFile,
            int reminderHours,
            LessonSink lessons) {
        this.commands = commands;
        this.scheduler = scheduler;
        this.privacy = privacy;
        this.outbox = outbox;
        PromptLibrary library = PromptLibrary.load(PromptLibrary.folder(configFile));
        PromptMessages messages = new PromptMessages(speech.messages());
        this.runs = new ReflectionRuns(
                jdbi, slack, directory, speech, clock, scheduler, outbox, reminderHours, library, messages);
        ReflectionSchedules schedules = new ReflectionSchedules(speech, zones, clock, scheduler);
        this.settings = new ReflectionSettings(
                app, jdbi, slack, speech, languages, roles, clock, background, library, schedules);
        this.reflectionCommands =
                new ReflectionCommands(jdbi, languages, zones, clock, scheduler, runs, schedules, settings);
        this.listeners = new ReflectionListeners(
                app,
                jdbi,
                slack,
                speech,
                roles,
                clock,
                background,
                outbox,
                new AnswerCounter(jdbi, slack, background, messages),
                lessons);
        this.reminders = new Reminders(jdbi, slack, outbox);
    }

    @Override
    public void install() {
        privacy.add(new ReflectionPersonalData());
        reflectionCommands.register(commands);
        listeners.register();
        settings.register();
        outbox.register(ReflectionRuns.PROMPT, runs.promptDelivery());
        outbox.register(ReflectionRuns.ANSWER, runs.answerDelivery());
        outbox.register(ReflectionRuns.REMINDER, runs.reminderDelivery());
        scheduler.onSchedule(
                ReflectionSchedules.RITUAL,
                (schedule, at) -> runs.start(
                        schedule.teamId(),
                        schedule.channelId(),
                        ReflectionRuns.runKey(schedule, at),
                        at,
                        schedule.createdBy()));
        scheduler.onTimerWithGrace(ReflectionRuns.REMIND_TIMER, reminders::run);
    }
}
