package org.kompis.sixhats;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.kompis.i18n.Texts;
import org.kompis.scheduling.Timer;
import org.kompis.slack.Blocks;

/**
 * Hat by hat: one timer per round ({@value #TIMER}, ref {@code <exercise>:<round>}) moves to the next hat; the
 * facilitator can move on early or add time. Every move is a conditional update on the round it moves from, so
 * a timer, a click and a retry that race each other move the exercise once.
 */
final class Rounds {
    static final String TIMER = "sixhats.round";
    static final Duration EXTRA = Duration.ofMinutes(5);

    private final Exercises x;
    private Finishing finishing;

    Rounds(Exercises x) {
        this.x = x;
    }

    void finishing(Finishing finishing) {
        this.finishing = finishing;
    }

    static String ref(long id, int round) {
        return id + ":" + round;
    }

    /** The round {@code e} is in has begun: arm its end, say "Now: ..." in the thread, redraw the root. */
    void announce(Exercise e) {
        x.kit.scheduler().at(e.teamId(), TIMER, ref(e.id(), e.currentRound()), e.endsAt());
        Texts t = x.channelTexts(e);
        x.postInThread(e, SixHatsViews.roundText(t, e.currentHat()), SixHatsViews.round(t, e));
        x.refresh(e.teamId(), e.id());
    }

    void onTimer(Timer timer) {
        String[] ref = timer.ref().split(":");
        advance(timer.teamId(), Long.parseLong(ref[0]), Integer.parseInt(ref[1]));
    }

    /** Ends round {@code from}: the next hat begins, or after the last the facilitator is asked to conclude. */
    boolean advance(String team, long id, int from) {
        Optional<Exercise> found = x.find(team, id);
        if (found.isEmpty() || !found.get().is(Exercise.RUNNING) || !found.get().hatByHat()) {
            return false;
        }
        if (from == HatByHat.rounds().size() - 1) {
            if (x.store().concludeAfter(id, from) == 0) {
                return false;
            }
            x.kit.scheduler().cancel(TIMER, ref(id, from));
            finishing.askForConclusion(x.find(team, id).orElseThrow());
            return true;
        }
        if (x.store().advance(id, from, from + 1, x.now() + found.get().round().toMillis()) == 0) {
            return false;
        }
        x.kit.scheduler().cancel(TIMER, ref(id, from));
        announce(x.find(team, id).orElseThrow());
        return true;
    }

    /** "Next hat", pressed on a message that showed round {@code round}. */
    void next(String team, String user, long id, int round, String channel) {
        Exercise e = x.find(team, id).orElse(null);
        if (e == null) {
            x.tell(team, channel, user, "sixhats.not_found");
        } else if (!x.canLead(e, user)) {
            x.refuseUnlessLead(e, channel, user);
        } else if (!advance(team, id, round)) {
            x.tell(team, channel, user, "sixhats.moved_on");
        }
    }

    /** "+5 min": the round shown on the message gets five more minutes, and its timer moves with it. */
    void extend(String team, String user, long id, int round, String channel) {
        Exercise e = x.find(team, id).orElse(null);
        if (e == null) {
            x.tell(team, channel, user, "sixhats.not_found");
            return;
        }
        if (!x.canLead(e, user)) {
            x.refuseUnlessLead(e, channel, user);
            return;
        }
        boolean moved = x.kit.jdbi().inTransaction(h -> {
            SixHatsStore s = h.attach(SixHatsStore.class);
            Exercise now = s.exercise(team, id).orElseThrow();
            return now.roundEndsAt() != null
                    && s.extend(id, round, Math.max(now.roundEndsAt(), x.now()) + EXTRA.toMillis()) == 1;
        });
        if (!moved) {
            x.tell(team, channel, user, "sixhats.moved_on");
            return;
        }
        Exercise after = x.find(team, id).orElseThrow();
        x.kit.scheduler().at(team, TIMER, ref(id, round), after.endsAt());
        String text = SixHatsViews.extended(x.channelTexts(after), after);
        x.postInThread(after, text, List.of(Blocks.context(text)));
        x.refresh(team, id);
    }
}
