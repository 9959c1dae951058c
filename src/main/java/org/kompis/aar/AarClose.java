package org.kompis.aar;

import java.util.List;
import java.util.Optional;
import org.kompis.core.NewLesson;
import org.kompis.i18n.Texts;
import org.kompis.roles.Roles;
import org.kompis.slack.Mrkdwn;
import org.kompis.slack.SlackCallException;
import org.kompis.slack.TeamClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closing: a manager's right is checked again, the review is closed once (a conditional update), and what
 * closing owes (summary in the thread, the closed review message, the lessons) is done once each; a second
 * "Close" finishes whatever a crash left undone and otherwise does nothing new.
 */
final class AarClose {
    private static final Logger log = LoggerFactory.getLogger(AarClose.class);

    private final AarCore core;
    private final AarViews views;
    private final AarAnswers answers;

    AarClose(AarCore core, AarViews views, AarAnswers answers) {
        this.core = core;
        this.views = views;
        this.answers = answers;
    }

    /** "Close and summarize", from the review message or the manager's deadline DM. */
    void click(String team, String channel, String user, long reviewId) {
        Texts t = core.userTexts(team, user);
        Optional<Review> review = core.store().review(reviewId);
        if (review.isEmpty()) {
            core.tell(team, channel, user, t.t("aar.not_found"));
            return;
        }
        String otherTeam = Roles.otherWorkspace(team, review.get().teamId(), t);
        if (otherTeam != null) {
            core.tell(team, channel, user, otherTeam);
            return;
        }
        if (!core.kit.roles().isManagerNow(team, user)) {
            String group = core.kit.roles().managerGroup(team);
            core.tell(
                    team,
                    channel,
                    user,
                    group == null ? t.t("aar.close.refused") : t.t("aar.close.refused_group", group));
            return;
        }
        if (!close(reviewId, user)) {
            Review r = core.store().review(reviewId).orElseThrow();
            core.tell(team, channel, user, t.t("aar.closed_already", AarCore.date(t, r.closedOn())));
        }
    }

    /** "Closed: see the summary" on a closed review: says where the summary is, whoever asks. */
    void closedClick(String team, String channel, String user, long reviewId) {
        Texts t = core.userTexts(team, user);
        core.tell(
                team,
                channel,
                user,
                core.store()
                        .review(reviewId)
                        .filter(r -> r.closedOn() != null)
                        .map(r -> t.t("aar.closed_already", AarCore.date(t, r.closedOn())))
                        .orElse(t.t("aar.not_found")));
    }

    /** Closes the review; true if this call did anything (closed it, or finished an interrupted close). */
    boolean close(long reviewId, String user) {
        return core.locked(reviewId, () -> {
            boolean closedNow =
                    core.store().close(reviewId, user, core.kit.clock().millis()) == 1;
            Review r = core.store().review(reviewId).orElseThrow();
            boolean summarised = r.summaryTs() == null && postSummary(r);
            if (closedNow) {
                core.kit.scheduler().cancel(AarReminders.REMIND, String.valueOf(reviewId));
                core.kit.scheduler().cancel(AarReminders.DEADLINE, String.valueOf(reviewId));
                answers.refresh(reviewId);
                updateDeadlineDm(r);
            }
            boolean lessons = r.lessonsAt() == null && handLessons(reviewId);
            return closedNow || summarised || lessons;
        });
    }

    private boolean postSummary(Review r) {
        Texts t = core.channelTexts(r.teamId(), r.channelId());
        AarStore store = core.store();
        List<Answer> all = store.answers(r.id());
        var parts = views.summary(
                r, t, all, store.items(r.id()), store.participants(r.id()).size());
        var pages = SummaryPages.pack(
                t.t("aar.summary.header", Mrkdwn.escape(r.title())),
                t.t("aar.summary.continued", Mrkdwn.escape(r.title())),
                parts);
        TeamClient slack = core.slack(r.teamId());
        try {
            String first = null;
            for (var page : pages) {
                String ts = slack.post(
                        r.channelId(), r.messageTs(), t.t("aar.summary.header", Mrkdwn.escape(r.title())), page);
                first = first == null ? ts : first;
            }
            store.setSummaryTs(r.id(), first);
            return true;
        } catch (SlackCallException e) {
            log.warn("Could not post the summary of review {}: {}", r.id(), e.error());
            return false;
        }
    }

    private void updateDeadlineDm(Review r) {
        if (r.deadlineDmTs() == null) {
            return;
        }
        Texts t = core.userTexts(r.teamId(), r.createdBy());
        try {
            core.slack(r.teamId())
                    .update(
                            r.deadlineDmChannel(),
                            r.deadlineDmTs(),
                            t.t("aar.deadline.closed", Mrkdwn.escape(r.title()), Mrkdwn.channel(r.channelId())),
                            AarDms.deadlineClosed(t, r));
        } catch (SlackCallException e) {
            log.info("Could not update the deadline DM of review {}: {}", r.id(), e.error());
        }
    }

    private boolean handLessons(long reviewId) {
        try {
            for (NewLesson lesson : Lessons.of(core, reviewId)) {
                core.lessons.add(lesson);
            }
            core.store().setLessonsAt(reviewId, core.kit.clock().millis());
            return true;
        } catch (Exception e) {
            log.error("The lessons of review {} were not stored", reviewId, e);
            return false;
        }
    }
}
