package org.kompis.pairing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.kompis.core.Claims;
import org.kompis.core.Speech;
import org.kompis.core.Zones;
import org.kompis.i18n.Lang;
import org.kompis.scheduling.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One round in one channel: claimed by its run key, then the ghost rule counts the last follow-ups, the active
 * members are matched (this takes up to a second on large pools, so callers run it on a worker or the scheduler's
 * job thread, never on a request thread), and groups, meetings and follow-up timers are stored before any intro
 * is sent. Every step can run again: a restart finishes what is missing and repeats nothing.
 */
final class Rounds {
    static final String FOLLOW_UP = "pairs.followup";
    /** How far back a restart looks for a round that still lacks groups or intros. */
    static final Duration RESUME_WINDOW = Duration.ofDays(1);

    private static final Logger log = LoggerFactory.getLogger(Rounds.class);

    /** What a run did: the round, and whether this call matched it (false for a repeat or a resume). */
    record Outcome(Round round, boolean fresh, int groups, List<String> unmatched) {}

    private final PoolStore pool;
    private final RoundStore rounds;
    private final Jdbi jdbi;
    private final Speech speech;
    private final Zones zones;
    private final Clock clock;
    private final Scheduler scheduler;
    private final Claims claims;
    private final int followUpDays;
    private final Ghosts ghosts;
    private final Intros intros;
    private final Matcher matcher = new Matcher();

    Rounds(
            PoolStore pool,
            RoundStore rounds,
            Jdbi jdbi,
            Speech speech,
            Zones zones,
            Clock clock,
            Scheduler scheduler,
            Claims claims,
            int followUpDays,
            Ghosts ghosts,
            Intros intros) {
        this.pool = pool;
        this.rounds = rounds;
        this.jdbi = jdbi;
        this.speech = speech;
        this.zones = zones;
        this.clock = clock;
        this.scheduler = scheduler;
        this.claims = claims;
        this.followUpDays = followUpDays;
        this.ghosts = ghosts;
        this.intros = intros;
    }

    /** Runs the round of {@code runKey} in a channel, or finishes it if a crash left it half done. */
    Outcome run(String team, String channel, String runKey, Instant roundAt, String createdBy) {
        return claims.holding(Rounds.claim(team, channel), () -> {
            rounds.claim(team, channel, runKey, roundAt.toEpochMilli(), createdBy, clock.millis());
            Round round = rounds.byRunKey(team, runKey).orElseThrow();
            boolean fresh = round.claimed();
            List<String> paused = List.of();
            Matching matching = null;
            if (fresh) {
                paused = ghosts.closeWindows(round);
                matching = match(round);
                round = rounds.round(round.teamId(), round.id()).orElseThrow();
            }
            if (round.matched()) {
                intros.send(round);
            }
            paused.forEach(user -> ghosts.tellPaused(team, channel, user));
            List<String> unmatched = matching == null ? List.of() : matching.unmatched();
            if (matching != null && round.matched()) {
                unmatched.forEach(user -> intros.tellUnmatched(team, channel, user));
            }
            return new Outcome(
                    round,
                    fresh,
                    matching == null
                            ? rounds.groups(round.id()).size()
                            : matching.groups().size(),
                    unmatched);
        });
    }

    /** Finishes rounds a restart interrupted: groups not stored yet, intros not sent yet. */
    void resume() {
        long since = clock.millis() - RESUME_WINDOW.toMillis();
        for (Round r : rounds.recent(since)) {
            try {
                run(r.teamId(), r.channelId(), r.runKey(), r.at(), r.createdBy());
            } catch (RuntimeException e) {
                log.error("Could not finish round {} in {}", r.id(), r.channelId(), e);
            }
        }
    }

    private Matching match(Round round) {
        String team = round.teamId();
        LocalDate day = LocalDate.ofInstant(round.at(), zones.zone(team));
        List<String> people = pool.members(team, round.channelId()).stream()
                .filter(m -> m.activeOn(day))
                .map(Member::userId)
                .toList();
        if (people.size() < 2) {
            rounds.finish(team, round.id(), "too_few", null, people.size());
            return null;
        }
        List<Participant> participants = participants(team, people);
        History history = History.of(round.roundNo(), rounds.meetings(team, round.channelId(), round.roundNo()));
        long started = System.nanoTime();
        Matching matching = matcher.match(participants, history, round.id());
        log.info(
                "Round {} in {}: {} people in {} groups by {} in {} ms",
                round.roundNo(),
                round.channelId(),
                participants.size(),
                matching.groups().size(),
                matching.solver(),
                (System.nanoTime() - started) / 1_000_000);
        store(round, matching, participants.size());
        return matching;
    }

    /** Each person as the matcher sees them: their profile, or just their language when they have none. */
    private List<Participant> participants(String team, List<String> people) {
        Map<String, Profile> profiles = new HashMap<>();
        pool.profiles(team, people).forEach(p -> profiles.put(p.userId(), p));
        List<Participant> out = new ArrayList<>();
        for (String user : people) {
            Profile p = profiles.get(user);
            if (p != null && !p.languageCodes().isEmpty()) {
                out.add(p.participant(null));
            } else {
                String spoken = speech.userLang(team, user).code();
                out.add(p != null ? p.participant(spoken) : Participant.of(user, "", Set.of(spoken)));
            }
        }
        return out;
    }

    private void store(Round round, Matching matching, int people) {
        List<Long> groupIds = jdbi.inTransaction(h -> {
            RoundStore store = h.attach(RoundStore.class);
            List<Long> ids = new ArrayList<>();
            int no = 0;
            for (Group g : matching.groups()) {
                long id = store.addGroup(
                        round.id(),
                        round.teamId(),
                        round.channelId(),
                        ++no,
                        languages(round.teamId(), g),
                        RoundGroup.helpText(g.help()),
                        g.firstMeeting(),
                        g.differentTeams());
                g.members().forEach(user -> store.addGroupMember(id, user));
                ids.add(id);
            }
            for (History.Meeting m : matching.meetings(round.roundNo())) {
                store.meet(round.teamId(), round.channelId(), m.a(), m.b(), m.round());
            }
            store.finish(
                    round.teamId(),
                    round.id(),
                    "matched",
                    matching.solver().name().toLowerCase(Locale.ROOT),
                    people);
            return ids;
        });
        Instant due = round.at().plus(Duration.ofDays(followUpDays));
        groupIds.forEach(id -> scheduler.at(round.teamId(), FOLLOW_UP, String.valueOf(id), due));
    }

    /** The first of nb, sv and en that everyone in the group speaks, else each member's own (see GroupLanguages). */
    String languages(String team, Group g) {
        for (Lang lang : new Lang[] {Lang.NB, Lang.SV, Lang.EN}) {
            if (g.sharedLanguages().contains(lang.code())) {
                return lang.code();
            }
        }
        return GroupLanguages.code(
                g.members().stream().map(user -> speech.userLang(team, user)).toList());
    }

    /**
     * The claim one channel's round work holds: a scheduled round, a manager's "now" and a restart's resume never
     * match or introduce the same people twice, whichever process each runs in.
     */
    static String claim(String team, String channel) {
        return "pairs:" + team + "/" + channel;
    }
}
