package org.kompis.lessons;

import com.slack.api.bolt.App;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;
import org.kompis.core.Background;
import org.kompis.core.Commands;
import org.kompis.core.Home;
import org.kompis.core.LessonSink;
import org.kompis.core.NewLesson;
import org.kompis.core.Privacy;
import org.kompis.core.Ritual;
import org.kompis.core.Speech;
import org.kompis.core.Zones;
import org.kompis.delivery.Outbox;
import org.kompis.roles.Roles;
import org.kompis.scheduling.Scheduler;
import org.kompis.slack.Directory;
import org.kompis.slack.Events;
import org.kompis.slack.SlackGateway;

/**
 * The lessons library in Slack: {@code /lessons} to search, add, digest and export; "Share in channel" and "More";
 * the App Home section; channel events; the person's data. It is also the {@link LessonSink} the other rituals are
 * given in {@link org.kompis.Rituals}.
 */
public final class LessonsRitual implements Ritual, LessonSink {
    private final App app;
    private final Commands commands;
    private final Scheduler scheduler;
    private final Home home;
    private final Privacy privacy;
    private final Background background;
    private final Jdbi jdbi;
    private final Outbox outbox;
    private final LessonsViews views;
    private final Digest digest;
    private final Export export;
    private final LessonsCommands lessonsCommands;
    private final LessonsListeners listeners;
    private final LessonsEvents events;
    private final Events channelEvents;
    private final LessonsHome lessonsHome;
    private final Library library;

    public LessonsRitual(
            App app,
            Commands commands,
            Scheduler scheduler,
            Home home,
            Privacy privacy,
            Jdbi jdbi,
            SlackGateway slack,
            Directory directory,
            Speech speech,
            Zones zones,
            Roles roles,
            Clock clock,
            Background background,
            Outbox outbox,
            Events channelEvents) {
        this.app = app;
        this.commands = commands;
        this.scheduler = scheduler;
        this.home = home;
        this.privacy = privacy;
        this.background = background;
        this.jdbi = jdbi;
        this.outbox = outbox;
        this.channelEvents = channelEvents;
        LessonStore store = jdbi.onDemand(LessonStore.class);
        LessonSearch search = new LessonSearch(jdbi);
        ChannelPrivacy channelPrivacy = new ChannelPrivacy(directory, clock, store);
        LessonPeople people = new LessonPeople(directory);
        this.views = new LessonsViews(people, zones);
        Lookup lookup = new Lookup(search, channelPrivacy, new SearchMisses(jdbi, zones), people);
        this.digest = new Digest(search, channelPrivacy, people, jdbi, outbox, speech, zones, clock, scheduler);
        this.export = new Export(store, slack, directory, zones, clock);
        this.lessonsCommands = new LessonsCommands(views, lookup);
        ShareInChannel sharing = new ShareInChannel(search, channelPrivacy, people, slack, speech, clock, views);
        this.listeners = new LessonsListeners(
                store, channelPrivacy, people, slack, speech, roles, clock, background, views, lookup, sharing);
        this.events = new LessonsEvents(store, directory, clock);
        this.lessonsHome = new LessonsHome(search, people, views);
        this.library = new Library(store, channelPrivacy);
    }

    @Override
    public void install() {
        privacy.add(new LessonsPersonalData());
        lessonsCommands.register(commands, digest, export);
        listeners.install(app);
        events.install(channelEvents);
        outbox.register(Digest.KIND, digest.delivery());
        scheduler.onSchedule(Digest.RITUAL, digest::run);
        home.add(lessonsHome);
        background.later("Analysing older lessons for search", new Reindex(jdbi));
    }

    @Override
    public void add(NewLesson lesson) {
        library.add(lesson);
    }
}
