package org.kompis.aar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.kompis.core.CommandCall;
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

    private final AarStore store;
    private final Jdbi jdbi;
    private final SlackGateway slack;
    private final Directory directory;
    private final Speech speech;
    private final Zones zones;
    private final Roles roles;
    private final Clock clock;
    private final Scheduler scheduler;
    private final AarViews views;

    AarStart(
            AarStore store,
            Jdbi jdbi,
            SlackGateway slack,
            Directory directory,
            Speech speech,
            Zones zones,
            Roles roles,
            Clock clock,
            Scheduler scheduler,
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
        this.views = views;
    }

    void command(CommandCall call) {
        if (!call.isManager()) {
            call.reply(refusal(roles, call.teamId(), call.texts()));
            return;
        }
        LocalDate deadline = Deadlines.defaultDeadline(
                zones.today(call.teamId()), speech.channelLang(call.teamId(), call.channelId()));
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
        if (!roles.isManager(team, user)) {
            slack.team(team).tell(channel, user, refusal(roles, team, speech.user(team, user)), null);
            return;
        }
        Outcome outcome = start(team, channel, user, title, goal, people, deadline, "view:" + viewId);
        if (outcome == Outcome.POST_FAILED || outcome == Outcome.POST_UNCERTAIN) {
            slack.team(team)
                    .tell(
                            channel,
                            user,
                            speech.user(team, user)
                                    .t(outcome == Outcome.POST_FAILED ? "aar.post_failed" : "aar.post_uncertain"),
                            null);
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
        if (store.byStartKey(startKey).isPresent()) {
            return Outcome.REPEATED;
        }
        boolean wholeChannel = chosen.isEmpty();
        List<String> people = wholeChannel ? channelPeople(team, channel) : chosen;
        Instant deadlineAt = Deadlines.deadlineAt(deadline, zones.zone(team));
        long now = clock.millis();
        Long id = jdbi.inTransaction(h -> {
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
                            zones.zone(team).getId(),
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
        Review review = store.review(team, id).orElseThrow();
        Texts t = speech.channel(team, channel);
        Outcome outcome = Outcome.STARTED;
        try {
            var blocks = views.review(review, t, people, 0, store.openItemsBefore(team, channel, id));
            String ts = slack.team(team).post(channel, null, t.t("aar.message.header", Mrkdwn.escape(title)), blocks);
            store.setMessageTs(team, id, ts);
        } catch (SlackCallException e) {
            if (!e.uncertain()) {
                log.info("Could not post review {} in {}: {}", id, channel, e.error());
                store.deleteReview(team, id);
                return Outcome.POST_FAILED;
            }
            // The post may be in the channel with its buttons: the review stays for them to find, and is not posted
            // twice.
            log.warn("Review {} in {}: Slack may have posted it ({}); kept, not posted again", id, channel, e.error());
            outcome = Outcome.POST_UNCERTAIN;
        }
        Instant remindAt = Deadlines.reminderAt(deadlineAt, clock.instant());
        if (remindAt != null) {
            scheduler.at(team, AarReminders.REMIND, String.valueOf(id), remindAt);
        }
        scheduler.at(team, AarReminders.DEADLINE, String.valueOf(id), deadlineAt);
        return outcome;
    }

    /** Everyone in the channel but bots, when the manager named no one. */
    private List<String> channelPeople(String team, String channel) {
        try {
            List<String> members = slack.team(team).channelMembers(channel);
            if (members.size() > MAX_CHANNEL_INVITES) {
                return List.of();
            }
            List<String> people = new ArrayList<>();
            for (String m : members) {
                try {
                    if (!directory.user(team, m).bot()) {
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

    static String refusal(Roles roles, String team, Texts t) {
        String group = roles.managerGroup(team);
        return group == null ? t.t("aar.refused") : t.t("aar.refused_group", group);
    }
}
