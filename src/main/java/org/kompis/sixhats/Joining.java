package org.kompis.sixhats;

import java.util.List;
import org.kompis.slack.Blocks;
import org.kompis.slack.Mrkdwn;

/** Join, and the facilitator's Start: groups and hats in threes, or the first round hat by hat. */
final class Joining {
    private final Exercises x;
    private final Rounds rounds;

    Joining(Exercises x, Rounds rounds) {
        this.x = x;
        this.rounds = rounds;
    }

    /** What a join did: nothing (already in), joined before the start, or got a seat (late, in threes). */
    private record Joined(Exercise exercise, boolean added, Integer groupNo, Hat hat, List<String> mates) {}

    void join(String team, String user, long id, String channel) {
        Joined j = x.kit.jdbi().inTransaction(h -> {
            SixHatsStore s = h.attach(SixHatsStore.class);
            Exercise e = s.exercise(team, id).orElse(null);
            if (e == null
                    || !(e.is(Exercise.OPEN) || e.is(Exercise.RUNNING))
                    || s.participant(id, user).isPresent()) {
                return new Joined(e, false, null, null, List.of());
            }
            if (e.is(Exercise.OPEN) || e.hatByHat()) {
                s.join(id, team, user, null, null, x.now());
                return new Joined(e, true, null, null, List.of());
            }
            HatDealer.LateJoin late = HatDealer.placeLateJoiner(Exercises.groups(s.participants(id)), user);
            s.join(id, team, user, late.group() + 1, late.hat().id(), x.now());
            List<String> mates = late.groups().get(late.group()).people().stream()
                    .filter(p -> !p.equals(user))
                    .toList();
            return new Joined(e, true, late.group() + 1, late.hat(), mates);
        });
        Exercise e = j.exercise();
        if (e == null) {
            x.tell(team, channel, user, "sixhats.not_found");
            return;
        }
        if (!j.added()) {
            if (e.is(Exercise.CONCLUDING) || e.is(Exercise.FINISHED)) {
                x.tell(team, channel, user, "sixhats.join.too_late");
            }
            return;
        }
        if (e.is(Exercise.OPEN)) {
            x.tell(team, e.channelId(), user, "sixhats.joined", Mrkdwn.user(e.facilitatorId()));
        } else if (e.hatByHat()) {
            x.show(
                    team,
                    e.channelId(),
                    user,
                    SixHatsViews.roundText(x.personTexts(team, user), e.currentHat()),
                    SixHatsViews.yourHat(x.personTexts(team, user), e, e.currentHat(), null, List.of()));
        } else {
            giveHat(e, user, j.hat(), j.groupNo(), j.mates());
            String text = SixHatsViews.lateJoiner(x.channelTexts(e), user, j.groupNo(), j.hat());
            x.postInThread(e, text, List.of(Blocks.context(text)));
        }
        x.refresh(team, id);
    }

    void start(String team, String user, long id, String channel) {
        Exercise e = x.find(team, id).orElse(null);
        if (e == null) {
            x.tell(team, channel, user, "sixhats.not_found");
            return;
        }
        if (!x.canLead(e, user)) {
            x.refuseUnlessLead(e, channel, user);
            return;
        }
        List<Group> dealt = x.kit.jdbi().inTransaction(h -> {
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
                        id,
                        Exercise.modeId(mode),
                        mode != now.modeValue(),
                        0,
                        x.now() + now.round().toMillis(),
                        x.now());
                return List.of();
            }
            List<Group> groups = HatDealer.deal(people, now.seed());
            for (int g = 0; g < groups.size(); g++) {
                for (Seat seat : groups.get(g).seats()) {
                    s.seat(id, seat.person(), g + 1, seat.hat().id());
                }
            }
            s.start(id, Exercise.modeId(mode), false, null, null, x.now());
            return groups;
        });
        if (dealt == null) {
            return;
        }
        Exercise started = x.find(team, id).orElseThrow();
        if (started.hatByHat()) {
            if (started.switched()) {
                var t = x.channelTexts(started);
                String text = t.t("sixhats.switched", SixHatsViews.duration(t, started.roundMinutes()));
                x.postInThread(started, text, List.of(Blocks.section(text)));
            }
            rounds.announce(started);
            return;
        }
        x.postInThread(
                started,
                x.channelTexts(started).t("sixhats.groups.text"),
                SixHatsViews.groups(x.channelTexts(started), dealt));
        for (int g = 0; g < dealt.size(); g++) {
            for (Seat seat : dealt.get(g).seats()) {
                List<String> mates = dealt.get(g).people().stream()
                        .filter(p -> !p.equals(seat.person()))
                        .toList();
                giveHat(started, seat.person(), seat.hat(), g + 1, mates);
            }
        }
        x.refresh(team, id);
    }

    private void giveHat(Exercise e, String user, Hat hat, int groupNo, List<String> mates) {
        var t = x.personTexts(e.teamId(), user);
        x.show(
                e.teamId(),
                e.channelId(),
                user,
                t.t("sixhats.your_hat.text", t.t(hat.nameKey())),
                SixHatsViews.yourHat(t, e, hat, groupNo, mates));
    }
}
