package org.kompis.aar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.kompis.core.Speech;
import org.kompis.core.Zones;
import org.kompis.i18n.Texts;
import org.kompis.roles.Roles;
import org.kompis.scheduling.Scheduler;
import org.kompis.slack.Directory;
import org.kompis.slack.SlackCallException;
import org.kompis.slack.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The follow-up of an action item on its due date: "Done", "Not yet" (a new, later date) or "Drop" (with a
 * reason). Only the owner or a manager may answer. Each answer is a conditional update on an open item, so a
 * retried click changes nothing; the DM is then re-rendered from the database so its buttons go away.
 */
final class AarFollowUp {
    private static final Logger log = LoggerFactory.getLogger(AarFollowUp.class);

    private final AarStore store;
    private final SlackGateway slack;
    private final Directory directory;
    private final Speech speech;
    private final Zones zones;
    private final Roles roles;
    private final Clock clock;
    private final Scheduler scheduler;

    AarFollowUp(
            AarStore store,
            SlackGateway slack,
            Directory directory,
            Speech speech,
            Zones zones,
            Roles roles,
            Clock clock,
            Scheduler scheduler) {
        this.store = store;
        this.slack = slack;
        this.directory = directory;
        this.speech = speech;
        this.zones = zones;
        this.roles = roles;
        this.clock = clock;
        this.scheduler = scheduler;
    }

    void done(String team, String channel, String user, long itemId) {
        Optional<ActionItem> item = allowed(team, channel, user, itemId);
        if (item.isEmpty()) {
            return;
        }
        store.markDone(team, itemId, clock.millis());
        scheduler.cancel(AarReminders.ACTION_DUE, String.valueOf(itemId));
        updateDm(team, itemId);
    }

    /** "Not yet" and "Drop" open a modal, unless the item was already settled (then the DM just catches up). */
    void open(String team, String channel, String user, String triggerId, long itemId, boolean drop) {
        Optional<ActionItem> item = allowed(team, channel, user, itemId);
        if (item.isEmpty()) {
            return;
        }
        Texts t = speech.user(team, user);
        if (!item.get().open()) {
            updateDm(team, itemId);
            slack.team(team).tell(channel, user, settled(t, item.get()), null);
            return;
        }
        LocalDate suggestion = zones.today(team).plusWeeks(1);
        slack.team(team)
                .openView(triggerId, drop ? AarModals.drop(t, item.get()) : AarModals.later(t, item.get(), suggestion));
    }

    /** The new date from the "Not yet" modal; the errors to show, or none when it was saved. */
    Map<String, String> later(String team, String user, long itemId, LocalDate date, Texts t) {
        Map<String, String> refused = check(team, user, itemId, "date", t);
        if (!refused.isEmpty()) {
            return refused;
        }
        if (date == null || !date.isAfter(zones.today(team))) {
            return Map.of("date", t.t("aar.error.future_date"));
        }
        if (store.moveItem(team, itemId, date.toString(), clock.millis()) == 0) {
            return check(team, user, itemId, "date", t);
        }
        return Map.of();
    }

    Map<String, String> drop(String team, String user, long itemId, String reason, Texts t) {
        Map<String, String> refused = check(team, user, itemId, "reason", t);
        if (!refused.isEmpty()) {
            return refused;
        }
        if (reason == null) {
            return Map.of("reason", t.t("aar.error.reason"));
        }
        if (store.markDropped(team, itemId, reason, clock.millis()) == 0) {
            boolean repeated = store.item(team, itemId)
                    .map(i -> reason.equals(i.dropReason()))
                    .orElse(false);
            return repeated ? Map.of() : check(team, user, itemId, "reason", t);
        }
        return Map.of();
    }

    /** After a modal was saved: the follow-up timer moves or goes, and the DM shows the outcome. */
    void afterChange(String team, long itemId) {
        store.item(team, itemId).ifPresent(i -> {
            if (i.open()) {
                scheduler.at(
                        team,
                        AarReminders.ACTION_DUE,
                        String.valueOf(itemId),
                        Deadlines.followUpAt(i.due(), zones.zone(team)));
            } else {
                scheduler.cancel(AarReminders.ACTION_DUE, String.valueOf(itemId));
            }
        });
        updateDm(team, itemId);
    }

    private Optional<ActionItem> allowed(String team, String channel, String user, long itemId) {
        Optional<ActionItem> item = store.item(team, itemId);
        if (item.isEmpty()) {
            slack.team(team).tell(channel, user, speech.user(team, user).t("aar.not_found"), null);
            return Optional.empty();
        }
        if (!mayAct(team, user, item.get())) {
            Texts t = speech.user(team, user);
            slack.team(team)
                    .tell(
                            channel,
                            user,
                            t.t(
                                    "aar.due.not_owner",
                                    directory.shownName(team, item.get().ownerId())),
                            null);
            return Optional.empty();
        }
        return item;
    }

    /** The server-side checks of a follow-up modal: the item exists and is open, and this person may answer. */
    private Map<String, String> check(String team, String user, long itemId, String block, Texts t) {
        Optional<ActionItem> item = store.item(team, itemId);
        if (item.isEmpty()) {
            return Map.of(block, t.t("aar.not_found"));
        }
        if (!mayAct(team, user, item.get())) {
            return Map.of(
                    block,
                    t.t(
                            "aar.due.not_owner",
                            directory.shownName(team, item.get().ownerId())));
        }
        return item.get().open() ? Map.of() : Map.of(block, settled(t, item.get()));
    }

    private boolean mayAct(String team, String user, ActionItem item) {
        return user.equals(item.ownerId()) || roles.isManagerNow(team, user);
    }

    private static String settled(Texts t, ActionItem item) {
        return t.t("done".equals(item.status()) ? "aar.error.item_done" : "aar.error.item_dropped");
    }

    private void updateDm(String team, long itemId) {
        ActionItem item = store.item(team, itemId).orElse(null);
        if (item == null || item.followupTs() == null) {
            return;
        }
        Review r = store.review(team, item.reviewId()).orElseThrow();
        Texts t = speech.user(item.teamId(), item.ownerId());
        try {
            slack.team(item.teamId())
                    .update(
                            item.followupChannel(),
                            item.followupTs(),
                            AarDms.outcome(t, item),
                            AarDms.followUp(t, item, r, AarDms.outcome(t, item)));
        } catch (SlackCallException e) {
            log.info("Could not update the follow-up of item {}: {}", itemId, e.error());
        }
    }
}
