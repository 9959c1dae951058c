package org.kompis.sixhats;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.kompis.core.Speech;
import org.kompis.i18n.Texts;
import org.kompis.scheduling.Scheduler;
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

    private final SixHatsStore store;
    private final Jdbi jdbi;
    private final Speech speech;
    private final Clock clock;
    private final Scheduler scheduler;
    private final ExerciseThread thread;
    private Finishing finishing;

    Rounds(SixHatsStore store, Jdbi jdbi, Speech speech, Clock clock, Scheduler scheduler, ExerciseThread thread) {
        this.store = store;
        this.jdbi = jdbi;
        this.speech = speech;
        this.clock = clock;
        this.scheduler = scheduler;
        this.thread = thread;
    }

    void finishing(Finishing finishing) {
        this.finishing = finishing;
    }

    static String ref(long id, int round) {
        return id + ":" + round;
    }

    /** The round {@code e} is in has begun: arm its end, say "Now: ..." in the thread, redraw the root. */
    void announce(Exercise e) {
        scheduler.at(e.teamId(), TIMER, ref(e.id(), e.currentRound()), e.endsAt());
        Texts t = speech.channel(e.teamId(), e.channelId());
        thread.postInThread(e, SixHatsViews.roundText(t, e.currentHat()), SixHatsViews.round(t, e));
        thread.refresh(e.teamId(), e.id());
    }

    void onTimer(Timer timer) {
        String[] ref = timer.ref().split(":");
        advance(timer.teamId(), Long.parseLong(ref[0]), Integer.parseInt(ref[1]));
    }

    /** Ends round {@code from}: the next hat begins, or after the last the facilitator is asked to conclude. */
    boolean advance(String team, long id, int from) {
        Optional<Exercise> found = store.exercise(team, id);
        if (found.isEmpty() || !found.get().is(Exercise.RUNNING) || !found.get().hatByHat()) {
            return false;
        }
        if (from == HatByHat.rounds().size() - 1) {
            if (store.concludeAfter(team, id, from) == 0) {
                return false;
            }
            scheduler.cancel(TIMER, ref(id, from));
            finishing.askForConclusion(store.exercise(team, id).orElseThrow());
            return true;
        }
        if (store.advance(
                        team,
                        id,
                        from,
                        from + 1,
                        clock.millis() + found.get().round().toMillis())
                == 0) {
            return false;
        }
        scheduler.cancel(TIMER, ref(id, from));
        announce(store.exercise(team, id).orElseThrow());
        return true;
    }

    /** "Next hat", pressed on a message that showed round {@code round}. */
    void next(String team, String user, long id, int round, String channel) {
        if (thread.toLead(team, id, user, channel).isPresent() && !advance(team, id, round)) {
            thread.tell(team, channel, user, "sixhats.moved_on");
        }
    }

    /** "+5 min": the round shown on the message gets five more minutes, and its timer moves with it. */
    void extend(String team, String user, long id, int round, String channel) {
        if (thread.toLead(team, id, user, channel).isEmpty()) {
            return;
        }
        boolean moved = jdbi.inTransaction(h -> {
            SixHatsStore s = h.attach(SixHatsStore.class);
            Exercise now = s.exercise(team, id).orElseThrow();
            return now.roundEndsAt() != null
                    && s.extend(team, id, round, Math.max(now.roundEndsAt(), clock.millis()) + EXTRA.toMillis()) == 1;
        });
        if (!moved) {
            thread.tell(team, channel, user, "sixhats.moved_on");
            return;
        }
        Exercise after = store.exercise(team, id).orElseThrow();
        scheduler.at(team, TIMER, ref(id, round), after.endsAt());
        String text = SixHatsViews.extended(speech.channel(after.teamId(), after.channelId()), after);
        thread.postInThread(after, text, List.of(Blocks.context(text)));
        thread.refresh(team, id);
    }
}
