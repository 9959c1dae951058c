package org.kompis.pairing;

import com.slack.api.bolt.App;
import com.slack.api.model.event.MemberJoinedChannelEvent;
import com.slack.api.model.event.UserChangeEvent;
import java.nio.file.Path;
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
import org.kompis.delivery.Outbox;
import org.kompis.roles.Roles;
import org.kompis.scheduling.Scheduler;
import org.kompis.slack.Directory;
import org.kompis.slack.Events;
import org.kompis.slack.SlackGateway;

/**
 * Peer-learning pairs: {@code /pairs} (or {@code /kompis pairs ...}), rounds on a schedule or at once, intros in
 * group DMs, "Did you meet?" follow-ups, the ghost rule, and buddies for newcomers.
 */
public final class PairsRitual implements Ritual {
    private final App app;
    private final Commands commands;
    private final Scheduler scheduler;
    private final Home home;
    private final Privacy privacy;
    private final Events events;
    private final Background background;
    private final RoundStore roundStore;
    private final Zones zones;
    private final Intros intros;
    private final RoundNotes notes;
    private final Rounds rounds;
    private final PairsSchedule schedule;
    private final Profiles profiles;
    private final Buddies buddies;
    private final FollowUps followUps;
    private final PairsCommands pairsCommands;
    private final PairsListeners listeners;
    private final Leavers leavers;
    private final Directory directory;
    private final Guests guests;

    /**
     * @param configFile where the conversation starters may be overridden
     * @param followUpDays how long after a round "Did you meet?" is asked
     * @param includeGuests {@code pairs.include_guests}: guests and people from other organisations are paired too
     * @param lessons where "What did you learn?" goes: the channel's lessons if shared, else the person's own
     */
    public PairsRitual(
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
            Outbox outbox,
            Path configFile,
            int followUpDays,
            boolean includeGuests,
            LessonSink lessons) {
        this.app = app;
        this.commands = commands;
        this.scheduler = scheduler;
        this.home = home;
        this.privacy = privacy;
        this.events = events;
        this.background = background;
        this.zones = zones;
        PoolStore pool = jdbi.onDemand(PoolStore.class);
        this.directory = directory;
        this.guests = new Guests(directory, includeGuests);
        this.leavers = new Leavers(jdbi);
        this.roundStore = jdbi.onDemand(RoundStore.class);
        this.notes = new RoundNotes(roundStore, speech, outbox);
        this.intros = new Intros(
                pool, roundStore, slack, directory, speech, zones, followUpDays, new Starters(configFile), notes);
        Ghosts ghosts = new Ghosts(pool, roundStore, jdbi, slack, speech);
        this.rounds = new Rounds(
                pool, roundStore, jdbi, speech, zones, clock, scheduler, claims, followUpDays, ghosts, intros);
        this.schedule = new PairsSchedule(slack, speech, zones, clock, scheduler);
        this.profiles = new Profiles(pool, slack, speech, clock);
        this.buddies = new Buddies(pool, jdbi, slack, directory, speech, zones, clock, scheduler, claims, guests);
        this.followUps = new FollowUps(pool, roundStore, slack, directory, speech, clock, claims, lessons);
        this.pairsCommands = new PairsCommands(pool, roundStore, directory, zones, clock, rounds, schedule, guests);
        this.listeners = new PairsListeners(pool, slack, speech, roles, background);
    }

    @Override
    public void install() {
        pairsCommands.register(commands, profiles, buddies);
        listeners.install(app, followUps, profiles, schedule, buddies);
        events.on(MemberJoinedChannelEvent.class, payload -> {
            MemberJoinedChannelEvent e = payload.getEvent();
            buddies.joined(
                    payload.getTeamId() != null ? payload.getTeamId() : e.getTeam(), e.getChannel(), e.getUser());
        });
        events.on(UserChangeEvent.class, payload -> {
            var u = payload.getEvent().getUser();
            if (u == null) {
                return;
            }
            String team = payload.getTeamId() != null ? payload.getTeamId() : u.getTeamId();
            // What Kompis knew of them (guest or not, locale) is asked again at their next step.
            directory.forget(team, u.getId());
            if (u.isDeleted() || guests.becameOne(u)) {
                leavers.left(team, u.getId());
            }
        });
        privacy.add(new PairsPersonalData());
        notes.register();
        home.add(new PairsHome(roundStore, zones));
        scheduler.onSchedule(PairsSchedule.RITUAL, (s, scheduledFor) -> {
            Rounds.Outcome o = rounds.run(
                    s.teamId(),
                    s.channelId(),
                    "schedule:" + s.id() + ":" + scheduledFor.toEpochMilli(),
                    scheduledFor,
                    null);
            if (o.fresh() && !o.round().matched()) {
                notes.tooFew(o.round());
            }
        });
        scheduler.onTimerWithGrace(Rounds.FOLLOW_UP, followUps::onTimer);
        scheduler.onTimerWithGrace(Buddies.CHECK_IN, buddies::onCheckIn);
        // When the pool is full nothing is lost: the next start resumes within the window.
        background.later("Resuming pairs rounds", rounds::resume);
    }
}
