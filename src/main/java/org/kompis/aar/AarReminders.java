package org.kompis.aar;

import java.time.Clock;
import org.kompis.core.Speech;
import org.kompis.i18n.Texts;
import org.kompis.scheduling.Scheduler;
import org.kompis.scheduling.Timer;
import org.kompis.slack.Mrkdwn;
import org.kompis.slack.SlackCallException;
import org.kompis.slack.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The timers: one reminder the day before the deadline to those who have not answered, the deadline DM to the
 * manager who started the review, and each action item's follow-up on its due date. The scheduler fires each
 * timer once; the reminder is also claimed per person, so a re-armed timer never reminds anyone twice.
 */
final class AarReminders {
    static final String REMIND = "aar.remind";
    static final String DEADLINE = "aar.deadline";
    static final String ACTION_DUE = "aar.action_due";
    private static final Logger log = LoggerFactory.getLogger(AarReminders.class);

    private final AarStore store;
    private final SlackGateway slack;
    private final Speech speech;
    private final Clock clock;
    private final Scheduler scheduler;

    AarReminders(AarStore store, SlackGateway slack, Speech speech, Clock clock, Scheduler scheduler) {
        this.store = store;
        this.slack = slack;
        this.speech = speech;
        this.clock = clock;
        this.scheduler = scheduler;
    }

    void remind(Timer timer) {
        Review r = store.review(timer.teamId(), Long.parseLong(timer.ref())).orElse(null);
        if (r == null || !r.open()) {
            return;
        }
        for (String user : store.participants(r.id())) {
            if (store.answer(r.id(), user).isPresent() || store.claimReminder(r.id(), user, clock.millis()) == 0) {
                continue;
            }
            Texts t = speech.user(r.teamId(), user);
            try {
                slack.team(r.teamId())
                        .dm(user, t.t("aar.remind.short", Mrkdwn.escape(r.title())), AarDms.reminder(t, r));
            } catch (SlackCallException e) {
                log.info("Could not remind {} of review {}: {}", user, r.id(), e.error());
            }
        }
    }

    void deadline(Timer timer) {
        Review r = store.review(timer.teamId(), Long.parseLong(timer.ref())).orElse(null);
        if (r == null || !r.open()) {
            return;
        }
        Texts t = speech.user(r.teamId(), r.createdBy());
        String[] sent = slack.team(r.teamId())
                .dm(
                        r.createdBy(),
                        t.t("aar.deadline.short", Mrkdwn.escape(r.title())),
                        AarDms.deadline(
                                t,
                                r,
                                store.answeredCount(r.id()),
                                store.participants(r.id()).size()));
        store.setDeadlineDm(r.teamId(), r.id(), sent[0], sent[1]);
    }

    void actionDue(Timer timer) {
        ActionItem item =
                store.item(timer.teamId(), Long.parseLong(timer.ref())).orElse(null);
        if (item == null || !item.open()) {
            return;
        }
        Review r = store.review(item.teamId(), item.reviewId()).orElseThrow();
        Texts t = speech.user(item.teamId(), item.ownerId());
        String[] sent = slack.team(item.teamId())
                .dm(
                        item.ownerId(),
                        t.t("aar.due.short", Mrkdwn.escape(item.what())),
                        AarDms.followUp(t, item, r, null));
        store.setFollowup(item.teamId(), item.id(), sent[0], sent[1]);
    }
}
