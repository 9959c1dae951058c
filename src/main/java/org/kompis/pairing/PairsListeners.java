package org.kompis.pairing;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.model.view.ViewState;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import org.kompis.i18n.Texts;
import org.kompis.slack.Views;

/**
 * Buttons, modal submissions and the member_joined_channel event. A listener only checks and writes locally
 * (SQLite), then acknowledges; every Slack call runs on the worker pool. Who acts comes from the payload and is
 * checked against the database: a group for answers, the manager role for the schedule.
 */
final class PairsListeners {
    private final PairsCore core;

    PairsListeners(PairsCore core) {
        this.core = core;
    }

    void install(App app, FollowUps followUps, Profiles profiles, PairsSchedule schedule, Buddies buddies) {
        for (String answer : PairsViews.ANSWERS) {
            app.blockAction("pairs_met_" + answer, (req, ctx) -> {
                var p = req.getPayload();
                String user = p.getUser().getId();
                Optional<RoundGroup> g = followUps.groupOf(user, id(p));
                if (g.isPresent()) {
                    followUps.record(g.get(), user, answer);
                    later(() -> followUps.afterAnswer(g.get(), user, answer));
                } else {
                    later(() -> notYours(p));
                }
                return ctx.ack();
            });
        }
        app.blockAction(PairsViews.LEARN, (req, ctx) -> {
            var p = req.getPayload();
            Optional<RoundGroup> g = followUps.groupOf(p.getUser().getId(), id(p));
            later(() -> {
                if (g.isPresent()) {
                    followUps.openLearn(g.get(), p.getUser().getId(), p.getTriggerId());
                } else {
                    notYours(p);
                }
            });
            return ctx.ack();
        });
        app.viewSubmission(PairsModals.LEARN, (req, ctx) -> {
            var p = req.getPayload();
            String team = p.getTeam().getId();
            String user = p.getUser().getId();
            ViewState state = p.getView().getState();
            Texts t = core.userTexts(team, user);
            Optional<RoundGroup> g = followUps.groupOf(user, parse(p.getView().getPrivateMetadata()));
            String text = Views.value(state, PairsModals.LEARNED, PairsModals.LEARNED);
            if (g.isEmpty()) {
                return ctx.ackWithErrors(Map.of(PairsModals.LEARNED, t.t("pairs.not_your_group")));
            }
            if (text == null) {
                return ctx.ackWithErrors(Map.of(PairsModals.LEARNED, t.t("pairs.learn.missing")));
            }
            boolean shared =
                    Views.values(state, PairsModals.SHARE, PairsModals.SHARE).contains(PairsModals.SHARE);
            followUps.learned(g.get(), user, text, shared);
            later(() -> followUps.afterLearned(g.get(), user));
            return ctx.ack();
        });
        app.viewSubmission(ProfileModal.CALLBACK, (req, ctx) -> {
            var p = req.getPayload();
            String team = p.getTeam().getId();
            String user = p.getUser().getId();
            ProfileModal.Form form =
                    ProfileModal.parse(core.userTexts(team, user), p.getView().getState(), user);
            if (!form.errors().isEmpty()) {
                return ctx.ackWithErrors(form.errors());
            }
            profiles.save(team, user, form);
            String channel = p.getView().getPrivateMetadata();
            later(() -> profiles.afterSave(team, channel == null || channel.isBlank() ? null : channel, user));
            return ctx.ack();
        });
        app.viewSubmission(PairsModals.SCHEDULE, (req, ctx) -> {
            var p = req.getPayload();
            String team = p.getTeam().getId();
            String user = p.getUser().getId();
            String channel = p.getView().getPrivateMetadata();
            ViewState state = p.getView().getState();
            Texts t = core.userTexts(team, user);
            if (!core.kit.roles().isManagerNow(team, user)) {
                return ctx.ackWithErrors(Map.of(PairsModals.FREQUENCY, t.t("pairs.schedule.managers_only")));
            }
            String notIn = core.kit.roles().notInChannelNow(team, channel, user, t);
            if (notIn != null) {
                return ctx.ackWithErrors(Map.of(PairsModals.FREQUENCY, notIn));
            }
            Optional<Cadence> cadence = cadence(state);
            if (cadence.isEmpty()) {
                return ctx.ackWithErrors(Map.of(PairsModals.TIME, t.t("pairs.schedule.modal.invalid")));
            }
            Instant next = schedule.save(team, channel, user, cadence.get());
            later(() -> schedule.afterModal(team, channel, user, cadence.get(), next));
            return ctx.ack();
        });
    }

    private static Optional<Cadence> cadence(ViewState state) {
        try {
            String time = Views.value(state, PairsModals.TIME, PairsModals.TIME);
            String day = Views.value(state, PairsModals.DAY, PairsModals.DAY);
            if (time == null || day == null) {
                return Optional.empty();
            }
            return Optional.of(new Cadence(
                    Cadence.everyWeeks(Views.value(state, PairsModals.FREQUENCY, PairsModals.FREQUENCY)),
                    DayOfWeek.valueOf(day),
                    LocalTime.parse(time)));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A click on another group's follow-up (a forwarded message, or a guessed value): said privately. */
    private void notYours(BlockActionPayload p) {
        String team = p.getTeam().getId();
        String user = p.getUser().getId();
        String where = p.getChannel() != null
                ? p.getChannel().getId()
                : p.getContainer().getChannelId();
        core.tell(team, where, user, core.userTexts(team, user).t("pairs.not_your_group"), null);
    }

    private void later(Runnable work) {
        core.kit.later("A learning pairs step", work);
    }

    private static long id(BlockActionPayload p) {
        return parse(p.getActions().get(0).getValue());
    }

    private static long parse(String id) {
        try {
            return Long.parseLong(id == null ? "" : id.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
