package org.kompis.sixhats;

import java.time.Clock;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.kompis.core.Speech;
import org.kompis.slack.Blocks;
import org.kompis.slack.Mrkdwn;

/** Join, and the facilitator's Start: groups and hats in threes, or the first round hat by hat. */
final class Joining {
    private final SixHatsStore store;
    private final Jdbi jdbi;
    private final Speech speech;
    private final Clock clock;
    private final ExerciseThread thread;
    private final Rounds rounds;

    Joining(SixHatsStore store, Jdbi jdbi, Speech speech, Clock clock, ExerciseThread thread, Rounds rounds) {
        this.store = store;
        this.jdbi = jdbi;
        this.speech = speech;
        this.clock = clock;
        this.thread = thread;
        this.rounds = rounds;
    }

    /** What a join did: nothing (already in), joined before the start, or got a seat (late, in threes). */
    private record Joined(Exercise exercise, boolean added, Integer groupNo, Hat hat, List<String> mates) {}

    void join(String team, String user, long id, String channel) {
        // Asked before the transaction: a Slack call must not hold the database.
        Exercise before = store.exercise(team, id).orElse(null);
        if (before != null && !thread.stillIn(before, user, channel)) {
            return;
        }
        Joined j = jdbi.inTransaction(h -> {
            SixHatsStore s = h.attach(SixHatsStore.class);
            Exercise e = s.exercise(team, id).orElse(null);
            if (e == null
                    || !(e.is(Exercise.OPEN) || e.is(Exercise.RUNNING))
                    || s.participant(id, user).isPresent()) {
                return new Joined(e, false, null, null, List.of());
            }
            if (e.is(Exercise.OPEN) || e.hatByHat()) {
                s.join(id, team, user, null, null, clock.millis());
                return new Joined(e, true, null, null, List.of());
            }
            HatDealer.LateJoin late = HatDealer.placeLateJoiner(ExerciseThread.groups(s.participants(id)), user);
            s.join(id, team, user, late.group() + 1, late.hat().id(), clock.millis());
            List<String> mates = late.groups().get(late.group()).people().stream()
                    .filter(p -> !p.equals(user))
                    .toList();
            return new Joined(e, true, late.group() + 1, late.hat(), mates);
        });
        Exercise e = j.exercise();
        if (e == null) {
            thread.tell(team, channel, user, "sixhats.not_found");
            return;
        }
        if (!j.added()) {
            if (e.is(Exercise.CONCLUDING) || e.is(Exercise.FINISHED)) {
                thread.tell(team, channel, user, "sixhats.join.too_late");
            }
            return;
        }
        if (e.is(Exercise.OPEN)) {
            thread.tell(team, e.channelId(), user, "sixhats.joined", Mrkdwn.user(e.facilitatorId()));
        } else if (e.hatByHat()) {
            thread.show(
                    team,
                    e.channelId(),
                    user,
                    SixHatsViews.roundText(speech.user(team, user), e.currentHat()),
                    SixHatsViews.yourHat(speech.user(team, user), e, e.currentHat(), null, List.of()));
        } else {
            giveHat(e, user, j.hat(), j.groupNo(), j.mates());
            String text =
                    SixHatsViews.lateJoiner(speech.channel(e.teamId(), e.channelId()), user, j.groupNo(), j.hat());
            thread.postInThread(e, text, List.of(Blocks.context(text)));
        }
        thread.refresh(team, id);
    }

    void start(String team, String user, long id, String channel) {
        if (thread.toLead(team, id, user, channel).isEmpty()) {
            return;
        }
        List<Group> dealt = jdbi.inTransaction(h -> {
            SixHatsStore s = h.attach(SixHatsStore.class);
            Exercise now = s.exercise(team, id).orElseThrow();
            if (!now.is(Exercise.OPEN)) {
                return null;
            }
            List<String> people =
                    s.participants(id).stream().map(Participant::userId).toList();
            Mode mode = now.modeValue().effective(people.size());
            if (mode == Mode.HAT_BY_HAT) {
                s.start(
                        team,
                        id,
                        Exercise.modeId(mode),
                        mode != now.modeValue(),
                        0,
                        clock.millis() + now.round().toMillis(),
                        clock.millis());
                return List.of();
            }
            List<Group> groups = HatDealer.deal(people, now.seed());
            for (int g = 0; g < groups.size(); g++) {
                for (Seat seat : groups.get(g).seats()) {
                    s.seat(id, seat.person(), g + 1, seat.hat().id());
                }
            }
            s.start(team, id, Exercise.modeId(mode), false, null, null, clock.millis());
            return groups;
        });
        if (dealt == null) {
            return;
        }
        Exercise started = store.exercise(team, id).orElseThrow();
        if (started.hatByHat()) {
            if (started.switched()) {
                var t = speech.channel(started.teamId(), started.channelId());
                String text = t.t("sixhats.switched", SixHatsViews.duration(t, started.roundMinutes()));
                thread.postInThread(started, text, List.of(Blocks.section(text)));
            }
            rounds.announce(started);
            return;
        }
        thread.postInThread(
                started,
                speech.channel(started.teamId(), started.channelId()).t("sixhats.groups.text"),
                SixHatsViews.groups(speech.channel(started.teamId(), started.channelId()), dealt));
        for (int g = 0; g < dealt.size(); g++) {
            for (Seat seat : dealt.get(g).seats()) {
                List<String> mates = dealt.get(g).people().stream()
                        .filter(p -> !p.equals(seat.person()))
                        .toList();
                giveHat(started, seat.person(), seat.hat(), g + 1, mates);
            }
        }
        thread.refresh(team, id);
    }

    private void giveHat(Exercise e, String user, Hat hat, int groupNo, List<String> mates) {
        var t = speech.user(e.teamId(), user);
        thread.show(
                e.teamId(),
                e.channelId(),
                user,
                t.t("sixhats.your_hat.text", t.t(hat.nameKey())),
                SixHatsViews.yourHat(t, e, hat, groupNo, mates));
    }
}
