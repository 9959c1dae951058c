package org.kompis.aar;

import org.kompis.i18n.Texts;
import org.kompis.scheduling.Timer;
import org.kompis.slack.Mrkdwn;
import org.kompis.slack.SlackCallException;
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

    private final AarCore core;

    AarReminders(AarCore core) {
        this.core = core;
    }

    void remind(Timer timer) {
        Review r = core.store().review(Long.parseLong(timer.ref())).orElse(null);
        if (r == null || !r.open()) {
            return;
        }
        AarStore store = core.store();
        for (String user : store.participants(r.id())) {
            if (store.answer(r.id(), user).isPresent()
                    || store.claimReminder(r.id(), user, core.kit.clock().millis()) == 0) {
                continue;
            }
            Texts t = core.userTexts(r.teamId(), user);
            try {
                core.dm(r.teamId(), user, t.t("aar.remind.short", Mrkdwn.escape(r.title())), AarDms.reminder(t, r));
            } catch (SlackCallException e) {
                log.info("Could not remind {} of review {}: {}", user, r.id(), e.error());
            }
        }
    }

    void deadline(Timer timer) {
        Review r = core.store().review(Long.parseLong(timer.ref())).orElse(null);
        if (r == null || !r.open()) {
            return;
        }
        Texts t = core.userTexts(r.teamId(), r.createdBy());
        String[] sent = core.dm(
                r.teamId(),
                r.createdBy(),
                t.t("aar.deadline.short", Mrkdwn.escape(r.title())),
                AarDms.deadline(
                        t,
                        r,
                        core.store().answeredCount(r.id()),
                        core.store().participants(r.id()).size()));
        core.store().setDeadlineDm(r.id(), sent[0], sent[1]);
    }

    void actionDue(Timer timer) {
        ActionItem item = core.store().item(Long.parseLong(timer.ref())).orElse(null);
        if (item == null || !item.open()) {
            return;
        }
        Review r = core.store().review(item.reviewId()).orElseThrow();
        Texts t = core.userTexts(item.teamId(), item.ownerId());
        String[] sent = core.dm(
                item.teamId(),
                item.ownerId(),
                t.t("aar.due.short", Mrkdwn.escape(item.what())),
                AarDms.followUp(t, item, r, null));
        core.store().setFollowup(item.id(), sent[0], sent[1]);
    }
}
