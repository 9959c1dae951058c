package org.kompis.aar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kompis.core.CommandCall;
import org.kompis.i18n.Texts;
import org.kompis.slack.Mrkdwn;
import org.kompis.slack.SlackCallException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starting a review: managers only, from {@code /aar <title>} or the start modal; a retried start is a no-op. */
final class AarStart {
    private static final Logger log = LoggerFactory.getLogger(AarStart.class);
    private static final Pattern MENTION = Pattern.compile("<@([UW][A-Z0-9]+)(\\|[^>]*)?>");
    /** Past this size a channel is not invited person by person: no one wants a hundred reminders sent for them. */
    static final int MAX_CHANNEL_INVITES = 100;

    enum Outcome {
        STARTED,
        REPEATED,
        POST_FAILED,
        POST_UNCERTAIN
    }

    /** The words of {@code /aar}: a title, and the people mentioned in it as participants. */
    record TitleAndPeople(String title, List<String> people) {}

    private final AarCore core;
    private final AarViews views;

    AarStart(AarCore core, AarViews views) {
        this.core = core;
        this.views = views;
    }

    void command(CommandCall call) {
        if (!call.isManager()) {
            call.reply(refusal(core, call.teamId(), call.texts()));
            return;
        }
        LocalDate deadline = Deadlines.defaultDeadline(core.today(), core.channelLang(call.teamId(), call.channelId()));
        if (call.args().isBlank()) {
            call.slack().openView(call.triggerId(), AarModals.start(call.texts(), call.channelId(), deadline));
            return;
        }
        TitleAndPeople parsed = parse(call.args());
        if (parsed.title().isBlank()) {
            call.reply(call.t("aar.error.title"));
            return;
        }
        Outcome outcome = start(
                call.teamId(),
                call.channelId(),
                call.userId(),
                parsed.title(),
                null,
                parsed.people(),
                deadline,
                "command:" + call.triggerId());
        if (outcome == Outcome.POST_FAILED || outcome == Outcome.POST_UNCERTAIN) {
            call.reply(call.t(outcome == Outcome.POST_FAILED ? "aar.post_failed" : "aar.post_uncertain"));
        }
    }

    /** The start modal, after its fields were checked: the right is checked again here, on the server. */
    void submitted(
            String team,
            String channel,
            String user,
            String title,
            String goal,
            List<String> people,
            LocalDate deadline,
            String viewId) {
        if (!core.kit.roles().isManager(team, user)) {
            core.tell(team, channel, user, refusal(core, team, core.userTexts(team, user)));
            return;
        }
        Outcome outcome = start(team, channel, user, title, goal, people, deadline, "view:" + viewId);
        if (outcome == Outcome.POST_FAILED || outcome == Outcome.POST_UNCERTAIN) {
            core.tell(
                    team,
                    channel,
                    user,
                    core.userTexts(team, user)
                            .t(outcome == Outcome.POST_FAILED ? "aar.post_failed" : "aar.post_uncertain"));
        }
    }

    Outcome start(
            String team,
            String channel,
            String user,
            String title,
            String goal,
            List<String> chosen,
            LocalDate deadline,
            String startKey) {
        if (core.store().byStartKey(startKey).isPresent()) {
            return Outcome.REPEATED;
        }
        boolean wholeChannel = chosen.isEmpty();
        List<String> people = wholeChannel ? channelPeople(team, channel) : chosen;
        Instant deadlineAt = Deadlines.deadlineAt(deadline, core.zone());
        long now = core.kit.clock().millis();
        Long id = core.kit.jdbi().inTransaction(h -> {
            AarStore store = h.attach(AarStore.class);
            if (store.insertReview(
                            team,
                            channel,
                            title,
                            goal,
                            user,
                            startKey,
                            deadline.toString(),
                            deadlineAt.toEpochMilli(),
                            core.zone().getId(),
                            wholeChannel,
                            now)
                    == 0) {
                return null;
            }
            long reviewId = store.byStartKey(startKey).orElseThrow().id();
            people.forEach(p -> store.addParticipant(reviewId, p));
            return reviewId;
        });
        if (id == null) {
            return Outcome.REPEATED;
        }
        Review review = core.store().review(id).orElseThrow();
        Texts t = core.channelTexts(team, channel);
        Outcome outcome = Outcome.STARTED;
        try {
            var blocks = views.review(review, t, people, 0, core.store().openItemsBefore(team, channel, id));
            String ts = core.slack(team).post(channel, null, t.t("aar.message.header", Mrkdwn.escape(title)), blocks);
            core.store().setMessageTs(id, ts);
        } catch (SlackCallException e) {
            if (!e.uncertain()) {
                log.info("Could not post review {} in {}: {}", id, channel, e.error());
                core.store().deleteReview(id);
                return Outcome.POST_FAILED;
            }
            // The post may be in the channel with its buttons: the review stays for them to find, and is not posted
            // twice.
            log.warn("Review {} in {}: Slack may have posted it ({}); kept, not posted again", id, channel, e.error());
            outcome = Outcome.POST_UNCERTAIN;
        }
        Instant remindAt = Deadlines.reminderAt(deadlineAt, core.kit.clock().instant());
        if (remindAt != null) {
            core.kit.scheduler().at(team, AarReminders.REMIND, String.valueOf(id), remindAt);
        }
        core.kit.scheduler().at(team, AarReminders.DEADLINE, String.valueOf(id), deadlineAt);
        return outcome;
    }

    /** Everyone in the channel but bots, when the manager named no one. */
    private List<String> channelPeople(String team, String channel) {
        try {
            List<String> members = core.slack(team).channelMembers(channel);
            if (members.size() > MAX_CHANNEL_INVITES) {
                return List.of();
            }
            List<String> people = new ArrayList<>();
            for (String m : members) {
                try {
                    if (!core.kit.directory().user(team, m).bot()) {
                        people.add(m);
                    }
                } catch (SlackCallException e) {
                    log.debug("Skipping {} in {}: {}", m, channel, e.error());
                }
            }
            return people;
        } catch (SlackCallException e) {
            return List.of();
        }
    }

    static TitleAndPeople parse(String text) {
        Set<String> people = new LinkedHashSet<>();
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            people.add(m.group(1));
        }
        String title =
                MENTION.matcher(text).replaceAll(" ").replaceAll("\\s+", " ").trim();
        if (title.length() > AarModals.MAX_TITLE) {
            title = title.substring(0, AarModals.MAX_TITLE - 1) + "…";
        }
        return new TitleAndPeople(title, List.copyOf(people));
    }

    static String refusal(AarCore core, String team, Texts t) {
        String group = core.kit.roles().managerGroup(team);
        return group == null ? t.t("aar.refused") : t.t("aar.refused_group", group);
    }
}
