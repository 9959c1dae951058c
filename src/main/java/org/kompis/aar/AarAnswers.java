package org.kompis.aar;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kompis.i18n.Texts;
import org.kompis.roles.Roles;
import org.kompis.slack.Mrkdwn;
import org.kompis.slack.SlackCallException;
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

    private final AarCore core;
    private final AarViews views;

    AarAnswers(AarCore core, AarViews views) {
        this.core = core;
        this.views = views;
    }

    /** "Add my review": opens the modal, or says why not. */
    void open(String team, String channel, String user, String triggerId, long reviewId) {
        Optional<Review> review = core.store().review(reviewId);
        Texts t = core.userTexts(team, user);
        if (review.isEmpty()) {
            core.tell(team, channel, user, t.t("aar.not_found"));
            return;
        }
        if (!review.get().open()) {
            core.tell(
                    team,
                    channel,
                    user,
                    t.t("aar.closed_already", AarCore.date(t, review.get().closedOn())));
            return;
        }
        String refused = AarListeners.refusal(
                Roles.otherWorkspace(team, review.get().teamId(), t),
                () -> core.kit.roles().notInChannelNow(team, review.get().channelId(), user, t));
        if (refused != null) {
            core.tell(team, channel, user, refused);
            return;
        }
        AnswerForm form = core.store()
                .answer(reviewId, user)
                .map(a -> AnswerForm.of(a, core.store().itemsOf(reviewId, user)))
                .orElse(null);
        core.slack(team).openView(triggerId, AarModals.answer(t, review.get(), form));
    }

    /** Saves the answer unless the review was closed meanwhile; the check and the write are one transaction. */
    Saved save(String team, String user, long reviewId, AnswerForm form) {
        long now = core.kit.clock().millis();
        return core.kit.jdbi().inTransaction(h -> {
            AarStore store = h.attach(AarStore.class);
            Optional<Review> review = store.review(reviewId);
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
                    store.deleteItem(o.id());
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
        saved.removedItems().forEach(id -> core.kit.scheduler().cancel(AarReminders.ACTION_DUE, String.valueOf(id)));
        for (long id : saved.timedItems()) {
            core.store()
                    .item(id)
                    .filter(ActionItem::open)
                    .ifPresent(item -> core.kit
                            .scheduler()
                            .at(
                                    team,
                                    AarReminders.ACTION_DUE,
                                    String.valueOf(id),
                                    Deadlines.followUpAt(item.due(), core.zone())));
        }
        syncReply(saved.answerId());
        refresh(reviewId);
    }

    /** Posts the answer in the thread, or updates the reply, unless it already shows the latest version. */
    void syncReply(long answerId) {
        Answer first = core.store().answerById(answerId).orElse(null);
        if (first == null) {
            return;
        }
        core.locked(first.reviewId(), () -> {
            Answer a = core.store().answerById(answerId).orElseThrow();
            Review r = core.store().review(a.reviewId()).orElseThrow();
            if (a.postedVersion() >= a.version() || r.messageTs() == null) {
                return;
            }
            Texts t = core.channelTexts(r.teamId(), r.channelId());
            var blocks = views.answerReply(r, a, core.store().itemsOf(r.id(), a.userId()), t);
            String text = t.t("aar.reply.text", core.name(r.teamId(), a.userId()));
            try {
                String ts = a.replyTs();
                if (ts == null) {
                    ts = core.slack(r.teamId()).post(r.channelId(), r.messageTs(), text, blocks);
                } else {
                    core.slack(r.teamId()).update(r.channelId(), ts, text, blocks);
                }
                core.store().markPosted(a.id(), a.version(), ts);
            } catch (SlackCallException e) {
                log.warn("Could not show answer {} of review {}: {}", a.id(), r.id(), e.error());
            }
        });
    }

    /** Re-renders the review message from the database: the count, the participants, open or closed. */
    void refresh(long reviewId) {
        core.locked(reviewId, () -> {
            Review r = core.store().review(reviewId).orElse(null);
            if (r == null || r.messageTs() == null) {
                return;
            }
            Texts t = core.channelTexts(r.teamId(), r.channelId());
            AarStore store = core.store();
            var blocks = views.review(
                    r,
                    t,
                    store.participants(r.id()),
                    store.answeredCount(r.id()),
                    store.openItemsBefore(r.teamId(), r.channelId(), r.id()));
            try {
                core.slack(r.teamId())
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
