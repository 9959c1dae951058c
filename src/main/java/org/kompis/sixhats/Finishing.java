package org.kompis.sixhats;

import com.slack.api.model.block.LayoutBlock;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kompis.core.LessonSink;
import org.kompis.core.Speech;
import org.kompis.i18n.Texts;
import org.kompis.scheduling.Scheduler;
import org.kompis.slack.Blocks;
import org.kompis.slack.Mrkdwn;
import org.kompis.slack.SlackCallException;
import org.kompis.slack.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The end: "Finish" (or the last round) stops the hats and asks the facilitator for the blue-hat conclusion;
 * its submission finishes the exercise once, hands the lesson to the {@link LessonSink} and posts the summary.
 */
final class Finishing {
    private static final Logger log = LoggerFactory.getLogger(Finishing.class);

    private final SixHatsStore store;
    private final SlackGateway slack;
    private final Speech speech;
    private final Clock clock;
    private final Scheduler scheduler;
    private final ExerciseThread thread;
    private final LessonSink lessons;

    Finishing(
            SixHatsStore store,
            SlackGateway slack,
            Speech speech,
            Clock clock,
            Scheduler scheduler,
            ExerciseThread thread,
            LessonSink lessons) {
        this.store = store;
        this.slack = slack;
        this.speech = speech;
        this.clock = clock;
        this.scheduler = scheduler;
        this.thread = thread;
        this.lessons = lessons;
    }

    /** "Finish" or "Write conclusion": opens the conclusion modal for the facilitator or a manager. */
    void open(String team, String user, long id, String triggerId, String channel) {
        Exercise e = store.exercise(team, id).orElse(null);
        if (e == null) {
            thread.tell(team, channel, user, "sixhats.not_found");
            return;
        }
        if (e.is(Exercise.FINISHED)) {
            thread.tell(team, channel, user, "sixhats.already_finished");
            return;
        }
        if (e.is(Exercise.OPEN)) {
            thread.tell(team, channel, user, "sixhats.not_started", Mrkdwn.user(e.facilitatorId()));
            return;
        }
        if (!thread.canLead(e, user)) {
            thread.refuseUnlessLead(e, channel, user);
            return;
        }
        if (!thread.stillIn(e, user, channel)) {
            return;
        }
        slack.team(team).openView(triggerId, SixHatsModals.conclusion(speech.user(team, user), e));
        if (store.conclude(team, id) == 1) {
            stopRound(e);
            thread.refresh(team, id);
        }
    }

    /** After the last round: say so in the thread, and send the facilitator a button (a modal needs a click). */
    void askForConclusion(Exercise e) {
        Texts t = speech.channel(e.teamId(), e.channelId());
        String text = t.t("sixhats.concluding", Mrkdwn.user(e.facilitatorId()));
        thread.postInThread(e, text, List.of(Blocks.section(text)));
        Texts p = speech.user(e.teamId(), e.facilitatorId());
        try {
            String dm = slack.team(e.teamId()).openConversation(List.of(e.facilitatorId()));
            slack.team(e.teamId()).post(dm, null, p.t("sixhats.conclude.ask.text"), SixHatsViews.concludeAsk(p, e));
        } catch (SlackCallException ex) {
            log.warn("Could not ask {} for the conclusion of six hats {}: {}", e.facilitatorId(), e.id(), ex.error());
        }
        thread.refresh(e.teamId(), e.id());
    }

    /**
     * Stores the conclusion and finishes the exercise, once. Returns a refusal key for the modal, or null; what
     * follows (lesson, summary, root message) is added to {@code after} to run once Slack has its ack.
     */
    Refusal conclude(String team, String user, String metadata, String decide, String next, List<Runnable> after) {
        Optional<Exercise> found = store.exercise(team, parseLong(metadata));
        if (found.isEmpty()) {
            return new Refusal("sixhats.not_found");
        }
        Exercise e = found.get();
        if (!thread.canLead(e, user)) {
            return new Refusal("sixhats.lead_only", Mrkdwn.user(e.facilitatorId()));
        }
        Refusal notIn = thread.notInChannel(team, e.channelId(), user);
        if (notIn != null) {
            return notIn;
        }
        if (store.finish(team, e.id(), decide, next, clock.millis()) == 1) {
            after.add(() -> complete(team, e.id()));
        }
        return null;
    }

    private void complete(String team, long id) {
        Exercise e = store.exercise(team, id).orElseThrow();
        stopRound(e);
        Optional<Outcome> draft = outcomeOf(team, id);
        try {
            String link = slack.team(team).permalinkOrNull(e.channelId(), e.messageTs());
            lessons.add(draft.orElseThrow().lesson(link, clock.millis()));
        } catch (Exception ex) {
            log.error("The lesson of six hats {} was not stored", id, ex);
        }
        Texts t = speech.channel(e.teamId(), e.channelId());
        List<List<LayoutBlock>> messages = Summary.messages(
                t, e, draft.get().keywords(), draft.get().participants().size());
        String text = t.t("sixhats.summary.text", Mrkdwn.escape(e.topic(), 200));
        String first = null;
        for (List<LayoutBlock> blocks : messages) {
            String ts = thread.postInThread(e, text, blocks);
            first = first == null ? ts : first;
        }
        if (first != null) {
            store.setSummaryTs(team, id, first);
        }
        thread.refresh(team, id);
    }

    /**
     * Posts what a restart left unposted: an exercise finished in the last two days whose summary is missing. The
     * lesson is stored at most once (its ref is unique); the summary may repeat only if Kompis stopped after posting
     * it and before recording it, the same window the outbox has.
     */
    void resume() {
        for (Exercise e :
                store.unsummarised(clock.millis() - java.time.Duration.ofDays(2).toMillis())) {
            try {
                complete(e.teamId(), e.id());
            } catch (RuntimeException ex) {
                log.error("The summary of six hats {} could not be posted", e.id(), ex);
            }
        }
    }

    /** What a finished exercise concluded: topic, keywords per hat, conclusion, who took part. */
    Optional<Outcome> outcomeOf(String team, long id) {
        Optional<Exercise> found = store.exercise(team, id).filter(e -> e.is(Exercise.FINISHED));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Exercise e = found.get();
        Texts t = speech.channel(e.teamId(), e.channelId());
        Map<Hat, List<String>> keywords = Summary.keywords(store.contributions(id));
        return Optional.of(new Outcome(
                team,
                e.channelId(),
                e.topic(),
                keywords,
                Summary.text(t, keywords),
                e.conclusionDecide(),
                e.conclusionNext(),
                e.facilitatorId(),
                thread.people(e, store.participants(id)),
                "sixhats:" + id,
                t.lang().code(),
                Instant.ofEpochMilli(e.finishedAt())));
    }

    private void stopRound(Exercise e) {
        if (e.hatByHat() && e.currentRound() != null) {
            scheduler.cancel(Rounds.TIMER, Rounds.ref(e.id(), e.currentRound()));
        }
    }

    private static long parseLong(String s) {
        try {
            return Long.parseLong(s == null ? "" : s.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
