package org.kompis.pairing;

import com.slack.api.model.event.MemberJoinedChannelEvent;
import com.slack.api.model.event.UserChangeEvent;
import org.kompis.core.Kit;
import org.kompis.core.LessonSink;
import org.kompis.core.Ritual;

/**
 * Peer-learning pairs: {@code /pairs} (or {@code /kompis pairs ...}), rounds on a schedule or at once, intros in
 * group DMs, "Did you meet?" follow-ups, the ghost rule, and buddies for newcomers.
 */
public final class PairsRitual implements Ritual {
    private final LessonSink lessons;

    public PairsRitual() {
        this(LessonSink.NONE);
    }

    /** @param lessons where "What did you learn?" goes: the channel's lessons if shared, else the person's own */
    public PairsRitual(LessonSink lessons) {
        this.lessons = lessons;
    }

    @Override
    public void install(Kit kit) {
        PairsCore core = new PairsCore(kit, lessons);
        Intros intros = new Intros(core, new Starters(kit.config().configFile()));
        Rounds rounds = new Rounds(core, new Ghosts(core), intros);
        PairsSchedule schedule = new PairsSchedule(core);
        Profiles profiles = new Profiles(core);
        Buddies buddies = new Buddies(core);
        FollowUps followUps = new FollowUps(core);
        new PairsCommands(core, rounds, schedule).register(kit.commands(), profiles, buddies);
        new PairsListeners(core).install(kit.app(), followUps, profiles, schedule, buddies);
        kit.events().on(MemberJoinedChannelEvent.class, payload -> {
            MemberJoinedChannelEvent e = payload.getEvent();
            buddies.joined(
                    payload.getTeamId() != null ? payload.getTeamId() : e.getTeam(), e.getChannel(), e.getUser());
        });
        Leavers leavers = new Leavers(kit.jdbi());
        kit.events().on(UserChangeEvent.class, payload -> {
            var u = payload.getEvent().getUser();
            if (u != null && u.isDeleted()) {
                leavers.left(payload.getTeamId() != null ? payload.getTeamId() : u.getTeamId(), u.getId());
            }
        });
        kit.privacy().add(new PairsPersonalData());
        kit.home().add(new PairsHome(kit.jdbi(), kit.config().defaultTimeZone()));
        kit.scheduler().onSchedule(PairsCore.RITUAL, (s, scheduledFor) -> {
            Rounds.Outcome o = rounds.run(
                    s.teamId(),
                    s.channelId(),
                    "schedule:" + s.id() + ":" + scheduledFor.toEpochMilli(),
                    scheduledFor,
                    null);
            if (o.fresh() && !o.round().matched()) {
                intros.tooFew(o.round());
            }
        });
        kit.scheduler().onTimerWithGrace(Rounds.FOLLOW_UP, followUps::onTimer);
        kit.scheduler().onTimerWithGrace(Buddies.CHECK_IN, buddies::onCheckIn);
        // When the pool is full nothing is lost: the next start resumes within the window.
        kit.later("Resuming pairs rounds", rounds::resume);
    }
}
