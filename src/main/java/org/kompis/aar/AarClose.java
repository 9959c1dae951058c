package org.kompis.aar;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.kompis.core.Claims;
import org.kompis.core.LessonSink;
import org.kompis.core.NewLesson;
import org.kompis.core.Speech;
import org.kompis.i18n.Texts;
import org.kompis.roles.Roles;
import org.kompis.scheduling.Scheduler;
import org.kompis.slack.Mrkdwn;
import org.kompis.slack.SlackCallException;
import org.kompis.slack.SlackGateway;
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

    private final AarStore store;
    private final SlackGateway slack;
    private final Speech speech;
    private final Roles roles;
    private final Clock clock;
    private final Scheduler scheduler;
    private final Claims claims;
    private final LessonSink lessons;
    private final AarViews views;
    private final AarAnswers answers;

    AarClose(
            AarStore store,
            SlackGateway slack,
            Speech speech,
            Roles roles,
            Clock clock,
            Scheduler scheduler,
            Claims claims,
            LessonSink lessons,
            AarViews views,
            AarAnswers answers) {
        this.store = store;
        this.slack = slack;
        this.speech = speech;
        this.roles = roles;
        this.clock = clock;
        this.scheduler = scheduler;
        this.claims = claims;
        this.lessons = lessons;
        this.views = views;
        this.answers = answers;
    }

    /** "Close and summarize", from the review message or the manager's deadline DM. */
    void click(String team, String channel, String user, long reviewId) {
        Texts t = speech.user(team, user);
        Optional<Review> review = store.review(team, reviewId);
        if (review.isEmpty()) {
            slack.team(team).tell(channel, user, t.t("aar.not_found"), null);
            return;
        }
        if (!roles.isManagerNow(team, user)) {
            String group = roles.managerGroup(team);
            slack.team(team)
                    .tell(
                            channel,
                            user,
                            group == null ? t.t("aar.close.refused") : t.t("aar.close.refused_group", group),
                            null);
            return;
        }
        if (!close(team, reviewId, user)) {
            Review r = store.review(team, reviewId).orElseThrow();
            slack.team(team).tell(channel, user, t.t("aar.closed_already", Deadlines.date(t, r.closedOn())), null);
        }
    }

    /** "Closed: see the summary" on a closed review: says where the summary is, whoever asks. */
    void closedClick(String team, String channel, String user, long reviewId) {
        Texts t = speech.user(team, user);
        slack.team(team)
                .tell(
                        channel,
                        user,
                        store.review(team, reviewId)
                                .filter(r -> r.closedOn() != null)
                                .map(r -> t.t("aar.closed_already", Deadlines.date(t, r.closedOn())))
                                .orElse(t.t("aar.not_found")),
                        null);
    }

    /** Closes the review; true if this call did anything (closed it, or finished an interrupted close). */
    boolean close(String team, long reviewId, String user) {
        return claims.holding(Review.claim(reviewId), () -> {
            boolean closedNow = store.close(team, reviewId, user, clock.millis()) == 1;
            Review r = store.review(team, reviewId).orElseThrow();
            boolean summarised = r.summaryTs() == null && postSummary(r);
            if (closedNow) {
                scheduler.cancel(AarReminders.REMIND, String.valueOf(reviewId));
                scheduler.cancel(AarReminders.DEADLINE, String.valueOf(reviewId));
                answers.refresh(team, reviewId);
                updateDeadlineDm(r);
            }
            boolean lessons = r.lessonsAt() == null && handLessons(team, reviewId);
            return closedNow || summarised || lessons;
        });
    }

    private boolean postSummary(Review r) {
        Texts t = speech.channel(r.teamId(), r.channelId());
        List<Answer> all = store.answers(r.id());
        var parts = views.summary(
                r, t, all, store.items(r.id()), store.participants(r.id()).size());
        var pages = SummaryPages.pack(
                t.t("aar.summary.header", Mrkdwn.escape(r.title())),
                t.t("aar.summary.continued", Mrkdwn.escape(r.title())),
                parts);
        TeamClient client = slack.team(r.teamId());
        try {
            String first = null;
            for (var page : pages) {
                String ts = client.post(
                        r.channelId(), r.messageTs(), t.t("aar.summary.header", Mrkdwn.escape(r.title())), page);
                first = first == null ? ts : first;
            }
            store.setSummaryTs(r.teamId(), r.id(), first);
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
        Texts t = speech.user(r.teamId(), r.createdBy());
        try {
            slack.team(r.teamId())
                    .update(
                            r.deadlineDmChannel(),
                            r.deadlineDmTs(),
                            t.t("aar.deadline.closed", Mrkdwn.escape(r.title()), Mrkdwn.channel(r.channelId())),
                            AarDms.deadlineClosed(t, r));
        } catch (SlackCallException e) {
            log.info("Could not update the deadline DM of review {}: {}", r.id(), e.error());
        }
    }

    private boolean handLessons(String team, long reviewId) {
        try {
            for (NewLesson lesson : Lessons.of(store, slack, speech, clock, team, reviewId)) {
                lessons.add(lesson);
            }
            store.setLessonsAt(team, reviewId, clock.millis());
            return true;
        } catch (Exception e) {
            log.error("The lessons of review {} were not stored", reviewId, e);
            return false;
        }
    }
}
