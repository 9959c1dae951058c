package org.kompis.aar;

import com.slack.api.bolt.App;
import com.slack.api.model.event.UserChangeEvent;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;
import org.kompis.core.Background;
import org.kompis.core.Claims;
import org.kompis.core.Commands;
import org.kompis.core.Home;
import org.kompis.core.LessonSink;
import org.kompis.core.Privacy;
import org.kompis.core.Ritual;
import org.kompis.core.Speech;
import org.kompis.core.Zones;
import org.kompis.roles.Roles;
import org.kompis.scheduling.Scheduler;
import org.kompis.slack.Directory;
import org.kompis.slack.Events;
import org.kompis.slack.SlackGateway;

/** The after-action review: {@code /aar}, its buttons and modals, its reminders and follow-ups. */
public final class AarRitual implements Ritual {
    private final App app;
    private final Commands commands;
    private final Scheduler scheduler;
    private final Home home;
    private final Privacy privacy;
    private final Events events;
    private final Jdbi jdbi;
    private final Roles roles;
    private final AarStore store;
    private final AarStart start;
    private final AarAnswers answers;
    private final AarClose close;
    private final AarFollowUp followUp;
    private final AarLists lists;
    private final AarReminders reminders;
    private final Background background;
    private final Speech speech;
    private final Zones zones;

    /** @param lessons where a closed review's lessons go: each "what will we do better" answer, and the summary */
    public AarRitual(
            App app,
            Commands commands,
            Scheduler scheduler,
            Home home,
            Privacy privacy,
            Events events,
            Jdbi jdbi,
            SlackGateway slack,
            Directory directory,
            Speech speech,
            Zones zones,
            Roles roles,
            Clock clock,
            Claims claims,
            Background background,
            LessonSink lessons) {
        this.app = app;
        this.commands = commands;
        this.scheduler = scheduler;
        this.home = home;
        this.privacy = privacy;
        this.events = events;
        this.jdbi = jdbi;
        this.roles = roles;
        this.background = background;
        this.speech = speech;
        this.zones = zones;
        this.store = jdbi.onDemand(AarStore.class);
        AarViews views = new AarViews(directory);
        this.start = new AarStart(store, jdbi, slack, directory, speech, zones, roles, clock, scheduler, views);
        this.answers =
                new AarAnswers(store, jdbi, slack, directory, speech, zones, roles, clock, scheduler, claims, views);
        this.close = new AarClose(store, slack, speech, roles, clock, scheduler, claims, lessons, views, answers);
        this.followUp = new AarFollowUp(store, slack, directory, speech, zones, roles, clock, scheduler);
        this.lists = new AarLists(store, zones, clock, views);
        this.reminders = new AarReminders(store, slack, speech, clock, scheduler);
    }

    @Override
    public void install() {
        privacy.add(new AarPersonalData());
        events.on(UserChangeEvent.class, payload -> {
            var u = payload.getEvent().getUser();
            if (u != null && u.isDeleted()) {
                AarStore.leave(jdbi, payload.getTeamId() != null ? payload.getTeamId() : u.getTeamId(), u.getId());
            }
        });
        home.add(new AarHome(store, zones));
        AarCommands.register(commands, start, lists);
        new AarListeners(store, speech, zones, roles, background, start, answers, close, followUp).install(app);
        scheduler.onTimerWithGrace(AarReminders.REMIND, reminders::remind);
        scheduler.onTimer(AarReminders.DEADLINE, reminders::deadline);
        scheduler.onTimer(AarReminders.ACTION_DUE, reminders::actionDue);
    }
}
