package org.kompis.sixhats;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.kompis.core.Speech;
import org.kompis.i18n.Texts;
import org.kompis.slack.Directory;
import org.kompis.slack.Mrkdwn;
import org.kompis.slack.SlackGateway;

/**
 * "Write keywords": the modal for the person's hat, and what they wrote, in the thread under that hat. The hat
 * comes from the database (in threes) or from the round the modal was opened in (hat by hat), never from a button.
 */
final class Keywords {

    private final SixHatsStore store;
    private final SlackGateway slack;
    private final Directory directory;
    private final Speech speech;
    private final Clock clock;
    private final ExerciseThread thread;

    Keywords(
            SixHatsStore store,
            SlackGateway slack,
            Directory directory,
            Speech speech,
            Clock clock,
            ExerciseThread thread) {
        this.store = store;
        this.slack = slack;
        this.directory = directory;
        this.speech = speech;
        this.clock = clock;
        this.thread = thread;
    }

    void open(String team, String user, long id, String triggerId, String channel) {
        Optional<Exercise> e = store.exercise(team, id);
        Refusal refusal = e.isEmpty() ? new Refusal("sixhats.not_found") : refusal(e.get());
        Hat hat = refusal == null ? hatOf(e.get(), user, e.get().currentRound()) : null;
        if (refusal == null && hat == null) {
            refusal = new Refusal("sixhats.join_first");
        }
        if (refusal != null) {
            thread.tell(team, channel, user, refusal.key(), refusal.args());
            return;
        }
        slack.team(team).openView(triggerId, SixHatsModals.write(speech.user(team, user), e.get(), hat));
    }

    /**
     * Stores what was submitted, once per modal (its view id). Returns the refusal to show in the modal, or null
     * when it was stored (or already had been: a double click on submit), with {@code post} to run after the ack.
     */
    Refusal accept(String team, String user, String viewId, String metadata, String text, List<Runnable> post) {
        String[] parts = metadata == null ? new String[0] : metadata.split(":");
        Optional<Exercise> found = parts.length == 0 ? Optional.empty() : store.exercise(team, parseLong(parts[0]));
        if (found.isEmpty()) {
            return new Refusal("sixhats.not_found");
        }
        Exercise e = found.get();
        Refusal refusal = refusal(e);
        if (refusal == null) {
            refusal = thread.notInChannel(team, e.channelId(), user);
        }
        if (refusal != null) {
            return refusal;
        }
        Integer round = parts.length > 1 ? Integer.valueOf((int) parseLong(parts[1])) : e.currentRound();
        Hat hat = hatOf(e, user, round);
        if (hat == null) {
            return new Refusal("sixhats.join_first");
        }
        if (store.contribute(e.id(), team, user, hat.id(), text, viewId, clock.millis()) == 1) {
            post.add(() -> post(e, user, viewId));
            return null;
        }
        // Nothing stored: a repeat of this modal is fine; an exercise that finished meanwhile is not.
        return store.contribution(e.id(), user, viewId).isPresent()
                ? null
                : refusal(store.exercise(team, e.id()).orElseThrow());
    }

    private void post(Exercise e, String user, String viewId) {
        Contribution c = store.contribution(e.id(), user, viewId).orElseThrow();
        Texts t = speech.channel(e.teamId(), e.channelId());
        String text = t.t("sixhats.contribution.text", t.t(c.hatValue().nameKey()), Mrkdwn.escape(c.text(), 200));
        String ts = thread.postInThread(
                e, text, SixHatsViews.contribution(t, c.hatValue(), name(e.teamId(), user), c.text()));
        if (ts != null) {
            store.setReplyTs(e.teamId(), c.id(), ts);
        }
    }

    private String name(String team, String user) {
        return directory.plainName(team, user);
    }

    private static Refusal refusal(Exercise e) {
        if (e.is(Exercise.FINISHED)) {
            return new Refusal("sixhats.closed");
        }
        if (e.is(Exercise.OPEN)) {
            return new Refusal("sixhats.not_started", Mrkdwn.user(e.facilitatorId()));
        }
        return null;
    }

    /** Hat by hat, the hat of {@code round} if that round has begun; in threes, the person's dealt hat. */
    private Hat hatOf(Exercise e, String user, Integer round) {
        if (e.hatByHat()) {
            int current = e.currentRound() == null ? 0 : e.currentRound();
            int r = round == null || round < 0 || round > current ? current : round;
            return HatByHat.rounds().get(r);
        }
        return store.participant(e.id(), user).map(Participant::hatValue).orElse(null);
    }

    private static long parseLong(String s) {
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
