package org.kompis.aar;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.kompis.core.Claims;
import org.kompis.core.Speech;
import org.kompis.core.Zones;
import org.kompis.i18n.Texts;
import org.kompis.roles.Roles;
import org.kompis.scheduling.Scheduler;
import org.kompis.slack.Directory;
import org.kompis.slack.Mrkdwn;
import org.kompis.slack.SlackCallException;
import org.kompis.slack.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answering: the modal (filled in when answering again), saving an answer and its action items in one
 * transaction that also checks the review is still open, and keeping the thread reply and the review message
 * in step with the database.
 */
final class AarAnswers {
    private static final Logger log = LoggerFactory.getLogger(AarAnswers.class);

    /**
     * What saving did; {@code answerId} is 0 when the review is gone or closed. {@code timedItems} are the items
     * whose follow-up must be (re)set: new ones and those with a new due date, never one already followed up.
     */
    record Saved(long answerId, boolean changed, boolean closed, List<Long> removedItems, List<Long> timedItems) {}

    private final AarStore store;
    private final Jdbi jdbi;
    private final SlackGateway slack;
    private final Directory directory;
    private final Speech speech;
    private final Zones zones;
    private final Roles roles;
    private final Clock clock;
    private final Scheduler scheduler;
    private final Claims claims;
    private final AarViews views;

    AarAnswers(
            AarStore store,
            Jdbi jdbi,
            SlackGateway slack,
            Directory directory,
            Speech speech,
            Zones zones,
            Roles roles,
            Clock clock,
            Scheduler scheduler,
            Claims claims,
            AarViews views) {
        this.store = store;
        this.jdbi = jdbi;
        this.slack = slack;
        this.directory = directory;
        this.speech = speech;
        this.zones = zones;
        this.roles = roles;
        this.clock = clock;
        this.scheduler = scheduler;
        this.claims = claims;
        this.views = views;
    }

    /** "Add my review": opens the modal, or says why not. */
    void open(String team, String channel, String user, String triggerId, long reviewId) {
        Review review = store.review(team, reviewId).orElse(null);
        Texts t = speech.user(team, user);
        String refused = refusal(team, user, review, "aar.closed_already", t);
        if (refused != null) {
            slack.team(team).tell(channel, user, refused, null);
            return;
        }
        AnswerForm form = store.answer(reviewId, user)
                .map(a -> AnswerForm.of(a, store.itemsOf(reviewId, user)))
                .orElse(null);
        slack.team(team).openView(triggerId, AarModals.answer(t, review, form));
    }

    /**
     * Why {@code user} may not answer {@code review} from {@code team} now, or null when they may: it is gone (null;
     * also another workspace's, which {@code store.review(team, id)} does not find), closed ({@code closedKey}, with
     * the day it closed), or in a channel they have left (asked of Slack now). The same guard when the form opens and
     * when it is sent.
     */
    String refusal(String team, String user, Review review, String closedKey, Texts t) {
        if (review == null) {
            return t.t("aar.not_found");
        }
        if (!review.open()) {
            return t.t(closedKey, Deadlines.date(t, review.closedOn()));
        }
        return roles.notInChannelNow(team, review.channelId(), user, t);
    }

    /** Saves the answer unless the review was closed meanwhile; the check and the write are one transaction. */
    Saved save(String team, String user, long reviewId, AnswerForm form) {
        long now = clock.millis();
        return jdbi.inTransaction(h -> {
            AarStore store = h.attach(AarStore.class);
            Optional<Review> review = store.review(team, reviewId);
            if (review.isEmpty() || !review.get().open()) {
                return new Saved(0, false, true, List.of(), List.of());
            }
            Optional<Answer> before = store.answer(reviewId, user);
            if (before.isPresent()
                    && AnswerForm.of(before.get(), store.itemsOf(reviewId, user))
                            .equals(form)) {
                return new Saved(before.get().id(), false, false, List.of(), List.of());
            }
            store.saveAnswer(reviewId, team, user, form.text(0), form.text(1), form.text(2), form.text(3), now);
            store.addParticipant(reviewId, user);
            List<ActionItem> old = store.itemsOf(reviewId, user);
            List<Long> removed = new ArrayList<>();
            for (ActionItem o : old) {
                if (form.items().stream().noneMatch(i -> i.position() == o.position())) {
                    store.deleteItem(team, o.id());
                    removed.add(o.id());
                }
            }
            for (AnswerForm.Item i : form.items()) {
                store.saveItem(
                        reviewId,
                        team,
                        user,
                        i.position(),
                        i.what(),
                        i.ownerId(),
                        i.due().toString(),
                        now);
            }
            List<Long> timed = new ArrayList<>();
            for (ActionItem saved : store.itemsOf(reviewId, user)) {
                boolean sameDue = old.stream()
                        .anyMatch(o -> o.id() == saved.id() && o.dueDate().equals(saved.dueDate()));
                if (!sameDue && saved.open()) {
                    timed.add(saved.id());
                }
            }
            return new Saved(store.answer(reviewId, user).orElseThrow().id(), true, false, removed, timed);
        });
    }

    /** After a save: follow-up timers, the thread reply, the count on the review message. Safe to run twice. */
    void afterSave(String team, long reviewId, String user, Saved saved) {
        saved.removedItems().forEach(id -> scheduler.cancel(AarReminders.ACTION_DUE, String.valueOf(id)));
        for (long id : saved.timedItems()) {
            store.item(team, id)
                    .filter(ActionItem::open)
                    .ifPresent(item -> scheduler.at(
                            team,
                            AarReminders.ACTION_DUE,
                            String.valueOf(id),
                            Deadlines.followUpAt(item.due(), zones.zone(team))));
        }
        syncReply(team, saved.answerId());
        refresh(team, reviewId);
    }

    /** Posts the answer in the thread, or updates the reply, unless it already shows the latest version. */
    void syncReply(String team, long answerId) {
        Answer first = store.answerById(team, answerId).orElse(null);
        if (first == null) {
            return;
        }
        claims.holding(Review.claim(first.reviewId()), () -> {
            Answer a = store.answerById(team, answerId).orElseThrow();
            Review r = store.review(team, a.reviewId()).orElseThrow();
            if (a.postedVersion() >= a.version() || r.messageTs() == null) {
                return;
            }
            Texts t = speech.channel(r.teamId(), r.channelId());
            var blocks = views.answerReply(r, a, store.itemsOf(r.id(), a.userId()), t);
            String text = t.t("aar.reply.text", directory.shownName(r.teamId(), a.userId()));
            try {
                String ts = a.replyTs();
                if (ts == null) {
                    ts = slack.team(r.teamId()).post(r.channelId(), r.messageTs(), text, blocks);
                } else {
                    slack.team(r.teamId()).update(r.channelId(), ts, text, blocks);
                }
                store.markPosted(r.teamId(), a.id(), a.version(), ts);
            } catch (SlackCallException e) {
                log.warn("Could not show answer {} of review {}: {}", a.id(), r.id(), e.error());
            }
        });
    }

    /** Re-renders the review message from the database: the count, the participants, open or closed. */
    void refresh(String team, long reviewId) {
        claims.holding(Review.claim(reviewId), () -> {
            Review r = store.review(team, reviewId).orElse(null);
            if (r == null || r.messageTs() == null) {
                return;
            }
            Texts t = speech.channel(r.teamId(), r.channelId());
            var blocks = views.review(
                    r,
                    t,
                    store.participants(r.id()),
                    store.answeredCount(r.id()),
                    store.openItemsBefore(r.teamId(), r.channelId(), r.id()));
            try {
                slack.team(r.teamId())
                        .update(
                                r.channelId(),
                                r.messageTs(),
                                t.t("aar.message.header", Mrkdwn.escape(r.title())),
                                blocks);
            } catch (SlackCallException e) {
                log.warn("Could not update review {}: {}", r.id(), e.error());
            }
        });
    }
}
