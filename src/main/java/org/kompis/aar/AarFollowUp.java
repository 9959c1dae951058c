package org.kompis.aar;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.kompis.i18n.Texts;
import org.kompis.slack.SlackCallException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The follow-up of an action item on its due date: "Done", "Not yet" (a new, later date) or "Drop" (with a
 * reason). Only the owner or a manager may answer. Each answer is a conditional update on an open item, so a
 * retried click changes nothing; the DM is then re-rendered from the database so its buttons go away.
 */
final class AarFollowUp {
    private static final Logger log = LoggerFactory.getLogger(AarFollowUp.class);

    private final AarCore core;

    AarFollowUp(AarCore core) {
        this.core = core;
    }

    void done(String team, String channel, String user, long itemId) {
        Optional<ActionItem> item = allowed(team, channel, user, itemId);
        if (item.isEmpty()) {
            return;
        }
        core.store().markDone(itemId, core.kit.clock().millis());
        core.kit.scheduler().cancel(AarReminders.ACTION_DUE, String.valueOf(itemId));
        updateDm(itemId);
    }

    /** "Not yet" and "Drop" open a modal, unless the item was already settled (then the DM just catches up). */
    void open(String team, String channel, String user, String triggerId, long itemId, boolean drop) {
        Optional<ActionItem> item = allowed(team, channel, user, itemId);
        if (item.isEmpty()) {
            return;
        }
        Texts t = core.userTexts(team, user);
        if (!item.get().open()) {
            updateDm(itemId);
            core.tell(team, channel, user, settled(t, item.get()));
            return;
        }
        LocalDate suggestion = core.today().plusWeeks(1);
        core.slack(team)
                .openView(triggerId, drop ? AarModals.drop(t, item.get()) : AarModals.later(t, item.get(), suggestion));
    }

    /** The new date from the "Not yet" modal; the errors to show, or none when it was saved. */
    Map<String, String> later(String team, String user, long itemId, LocalDate date, Texts t) {
        Map<String, String> refused = check(team, user, itemId, "date", t);
        if (!refused.isEmpty()) {
            return refused;
        }
        if (date == null || !date.isAfter(core.today())) {
            return Map.of("date", t.t("aar.error.future_date"));
        }
        if (core.store().moveItem(itemId, date.toString(), core.kit.clock().millis()) == 0) {
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
        if (core.store().markDropped(itemId, reason, core.kit.clock().millis()) == 0) {
            boolean repeated = core.store()
                    .item(itemId)
                    .map(i -> reason.equals(i.dropReason()))
                    .orElse(false);
            return repeated ? Map.of() : check(team, user, itemId, "reason", t);
        }
        return Map.of();
    }

    /** After a modal was saved: the follow-up timer moves or goes, and the DM shows the outcome. */
    void afterChange(String team, long itemId) {
        core.store().item(itemId).ifPresent(i -> {
            if (i.open()) {
                core.kit
                        .scheduler()
                        .at(
                                team,
                                AarReminders.ACTION_DUE,
                                String.valueOf(itemId),
                                Deadlines.followUpAt(i.due(), core.zone()));
            } else {
                core.kit.scheduler().cancel(AarReminders.ACTION_DUE, String.valueOf(itemId));
            }
        });
        updateDm(itemId);
    }

    private Optional<ActionItem> allowed(String team, String channel, String user, long itemId) {
        Optional<ActionItem> item = core.store().item(itemId);
        if (item.isEmpty()) {
            core.tell(team, channel, user, core.userTexts(team, user).t("aar.not_found"));
            return Optional.empty();
        }
        if (!item.get().teamId().equals(team)) {
            core.tell(team, channel, user, core.userTexts(team, user).t("roles.other_workspace"));
            return Optional.empty();
        }
        if (!mayAct(team, user, item.get())) {
            Texts t = core.userTexts(team, user);
            core.tell(
                    team,
                    channel,
                    user,
                    t.t("aar.due.not_owner", core.name(team, item.get().ownerId())));
            return Optional.empty();
        }
        return item;
    }

    /** The server-side checks of a follow-up modal: the item exists and is open, and this person may answer. */
    private Map<String, String> check(String team, String user, long itemId, String block, Texts t) {
        Optional<ActionItem> item = core.store().item(itemId);
        if (item.isEmpty()) {
            return Map.of(block, t.t("aar.not_found"));
        }
        if (!item.get().teamId().equals(team)) {
            return Map.of(block, t.t("roles.other_workspace"));
        }
        if (!mayAct(team, user, item.get())) {
            return Map.of(
                    block, t.t("aar.due.not_owner", core.name(team, item.get().ownerId())));
        }
        return item.get().open() ? Map.of() : Map.of(block, settled(t, item.get()));
    }

    private boolean mayAct(String team, String user, ActionItem item) {
        return user.equals(item.ownerId()) || core.kit.roles().isManagerNow(team, user);
    }

    private static String settled(Texts t, ActionItem item) {
        return t.t("done".equals(item.status()) ? "aar.error.item_done" : "aar.error.item_dropped");
    }

    private void updateDm(long itemId) {
        ActionItem item = core.store().item(itemId).orElse(null);
        if (item == null || item.followupTs() == null) {
            return;
        }
        Review r = core.store().review(item.reviewId()).orElseThrow();
        Texts t = core.userTexts(item.teamId(), item.ownerId());
        try {
            core.slack(item.teamId())
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
