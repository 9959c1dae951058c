package org.kompis.sixhats;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.kompis.core.CommandCall;
import org.kompis.core.Speech;
import org.kompis.i18n.Texts;
import org.kompis.slack.Mrkdwn;
import org.kompis.slack.SlackCallException;
import org.kompis.slack.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code /sixhats <topic>}, or the start modal: an exercise is stored, then its root message is posted. */
final class Launch {
    private static final Logger log = LoggerFactory.getLogger(Launch.class);

    static final Set<String> FINISH_WORDS = Set.of(
            "end", "finish", "stop", "close", "done", "slutt", "avslutt", "ferdig", "stopp", "slut", "avsluta", "klar",
            "sluta");

    private final SixHatsStore store;
    private final SlackGateway slack;
    private final Speech speech;
    private final Clock clock;

    Launch(SixHatsStore store, SlackGateway slack, Speech speech, Clock clock) {
        this.store = store;
        this.slack = slack;
        this.speech = speech;
        this.clock = clock;
    }

    /** The command: with a topic the exercise starts in threes with the default round; without, the modal. */
    void command(CommandCall call) {
        String topic = call.args();
        if (topic.isBlank()) {
            call.slack().openView(call.triggerId(), SixHatsModals.start(call.texts(), call.channelId()));
            return;
        }
        if (FINISH_WORDS.contains(topic.toLowerCase(Locale.ROOT))) {
            // "/sixhats end" is far likelier an attempt to finish the running exercise than a change called "end".
            call.reply(call.t("sixhats.finish_hint", Mrkdwn.escape(topic)));
            return;
        }
        if (topic.length() > SixHatsModals.TOPIC_MAX) {
            call.reply(call.t("sixhats.topic.too_long", SixHatsModals.TOPIC_MAX));
            return;
        }
        Optional<Exercise> e = create(
                call.teamId(),
                call.channelId(),
                call.userId(),
                topic,
                Mode.DEFAULT,
                HatByHat.DEFAULT_ROUND,
                "command:" + call.triggerId());
        if (e.isPresent() && !post(e.get())) {
            call.reply(call.t("sixhats.cannot_post"));
        }
    }

    /** Stores a new exercise; empty when {@code startKey} was used before (a retried command or submission). */
    Optional<Exercise> create(
            String team, String channel, String facilitator, String topic, Mode mode, Duration round, String startKey) {
        int minutes = (int) Math.max(HatByHat.MIN_ROUND.toMinutes(), Math.round(round.toSeconds() / 60.0));
        int created = store.create(
                team,
                channel,
                topic.strip(),
                Exercise.modeId(mode),
                minutes,
                facilitator,
                ThreadLocalRandom.current().nextLong(),
                startKey,
                clock.millis());
        return created == 0 ? Optional.empty() : store.byStartKey(team, startKey);
    }

    /** Posts the root message; when Slack refuses (not in the channel), the unseen exercise is removed. */
    boolean post(Exercise e) {
        Texts t = speech.channel(e.teamId(), e.channelId());
        try {
            String ts = slack.team(e.teamId())
                    .post(e.channelId(), null, SixHatsViews.rootText(t, e), SixHatsViews.root(t, e, 0, 0));
            store.setMessageTs(e.teamId(), e.id(), ts);
            return true;
        } catch (SlackCallException ex) {
            log.info("Six hats {} could not be posted in {}: {}", e.id(), e.channelId(), ex.error());
            store.deleteUnposted(e.teamId(), e.id());
            return false;
        }
    }

    /** After the start modal: posts, or tells the facilitator why not, in a DM (the channel refused us). */
    void postFromModal(Exercise e) {
        if (post(e)) {
            return;
        }
        try {
            String dm = slack.team(e.teamId()).openConversation(List.of(e.facilitatorId()));
            slack.team(e.teamId())
                    .post(dm, null, speech.user(e.teamId(), e.facilitatorId()).t("sixhats.cannot_post"), null);
        } catch (SlackCallException ex) {
            log.warn("Could not tell {} that six hats could not start: {}", e.facilitatorId(), ex.error());
        }
    }
}
