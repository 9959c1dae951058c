package org.kompis.sixhats;

import java.util.List;
import java.util.Optional;
import org.kompis.i18n.Texts;
import org.kompis.slack.Mrkdwn;

/**
 * "Write keywords": the modal for the person's hat, and what they wrote, in the thread under that hat. The hat
 * comes from the database (in threes) or from the round the modal was opened in (hat by hat), never from a button.
 */
final class Keywords {

    private final Exercises x;

    Keywords(Exercises x) {
        this.x = x;
    }

    void open(String team, String user, long id, String triggerId, String channel) {
        Optional<Exercise> e = x.find(team, id);
        Refusal refusal = e.isEmpty() ? new Refusal("sixhats.not_found") : refusal(e.get());
        Hat hat = refusal == null ? hatOf(e.get(), user, e.get().currentRound()) : null;
        if (refusal == null && hat == null) {
            refusal = new Refusal("sixhats.join_first");
        }
        if (refusal != null) {
            x.tell(team, channel, user, refusal.key(), refusal.args());
            return;
        }
        x.slack(team).openView(triggerId, SixHatsModals.write(x.personTexts(team, user), e.get(), hat));
    }

    /**
     * Stores what was submitted, once per modal (its view id). Returns the refusal to show in the modal, or null
     * when it was stored (or already had been: a double click on submit), with {@code post} to run after the ack.
     */
    Refusal accept(String team, String user, String viewId, String metadata, String text, List<Runnable> post) {
        String[] parts = metadata == null ? new String[0] : metadata.split(":");
        Optional<Exercise> found = parts.length == 0 ? Optional.empty() : x.find(team, parseLong(parts[0]));
        if (found.isEmpty()) {
            return new Refusal("sixhats.not_found");
        }
        Exercise e = found.get();
        Refusal refusal = refusal(e);
        if (refusal == null) {
            refusal = x.notInChannel(team, e.channelId(), user);
        }
        if (refusal != null) {
            return refusal;
        }
        Integer round = parts.length > 1 ? Integer.valueOf((int) parseLong(parts[1])) : e.currentRound();
        Hat hat = hatOf(e, user, round);
        if (hat == null) {
            return new Refusal("sixhats.join_first");
        }
        if (x.store().contribute(e.id(), team, user, hat.id(), text, viewId, x.now()) == 1) {
            post.add(() -> post(e, user, viewId));
            return null;
        }
        // Nothing stored: a repeat of this modal is fine; an exercise that finished meanwhile is not.
        return x.store().contribution(e.id(), user, viewId).isPresent()
                ? null
                : refusal(x.find(team, e.id()).orElseThrow());
    }

    private void post(Exercise e, String user, String viewId) {
        Contribution c = x.store().contribution(e.id(), user, viewId).orElseThrow();
        Texts t = x.channelTexts(e);
        String text = t.t("sixhats.contribution.text", t.t(c.hatValue().nameKey()), Mrkdwn.escape(c.text(), 200));
        String ts =
                x.postInThread(e, text, SixHatsViews.contribution(t, c.hatValue(), name(e.teamId(), user), c.text()));
        if (ts != null) {
            x.store().setReplyTs(c.id(), ts);
        }
    }

    private String name(String team, String user) {
        return x.kit.directory().plainName(team, user);
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
        return x.store().participant(e.id(), user).map(Participant::hatValue).orElse(null);
    }

    private static long parseLong(String s) {
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
