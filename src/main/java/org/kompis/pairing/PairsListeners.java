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
import org.kompis.core.Background;
import org.kompis.core.Speech;
import org.kompis.i18n.Texts;
import org.kompis.roles.Roles;
import org.kompis.slack.SlackGateway;
import org.kompis.slack.Views;

/**
 * Buttons, modal submissions and the member_joined_channel event. A listener only checks and writes locally
 * (SQLite), then acknowledges; every Slack call runs on the worker pool. Who acts comes from the payload and is
 * checked against the database: a group for answers, the manager role for the schedule.
 */
final class PairsListeners {
    private final PoolStore pool;
    private final SlackGateway slack;
    private final Speech speech;
    private final Roles roles;
    private final Background background;

    PairsListeners(PoolStore pool, SlackGateway slack, Speech speech, Roles roles, Background background) {
        this.pool = pool;
        this.slack = slack;
        this.speech = speech;
        this.roles = roles;
        this.background = background;
    }

    void install(App app, FollowUps followUps, Profiles profiles, PairsSchedule schedule, Buddies buddies) {
        for (String answer : PairsViews.ANSWERS) {
            app.blockAction("pairs_met_" + answer, (req, ctx) -> {
                var p = req.getPayload();
                String user = p.getUser().getId();
                Optional<RoundGroup> g = followUps.groupOf(p.getTeam().getId(), user, Views.actionNumber(p));
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
            Optional<RoundGroup> g =
                    followUps.groupOf(p.getTeam().getId(), p.getUser().getId(), Views.actionNumber(p));
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
            Texts t = speech.user(team, user);
            Optional<RoundGroup> g =
                    followUps.groupOf(team, user, Views.number(p.getView().getPrivateMetadata()));
            String text = Views.value(state, PairsModals.LEARNED, PairsModals.LEARNED);
            if (g.isEmpty()) {
                return ctx.ackWithErrors(Map.of(PairsModals.LEARNED, t.t("pairs.not_your_group")));
            }
            if (text == null) {
                return ctx.ackWithErrors(Map.of(PairsModals.LEARNED, t.t("pairs.learn.missing")));
            }
            // What they learned may be shared in the pool's channel: they must still be in it.
            String refused = roles.notInChannelNow(team, g.get().channelId(), user, t);
            if (refused != null) {
                return ctx.ackWithErrors(Map.of(PairsModals.LEARNED, refused));
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
            Texts t = speech.user(team, user);
            ProfileModal.Form form = ProfileModal.parse(t, p.getView().getState(), user);
            if (!form.errors().isEmpty()) {
                return ctx.ackWithErrors(form.errors());
            }
            String channel = p.getView().getPrivateMetadata();
            String notIn = channel == null || channel.isBlank() ? null : roles.notInChannelNow(team, channel, user, t);
            if (notIn != null) {
                return ctx.ackWithErrors(Map.of(ProfileModal.UNIT, notIn));
            }
            profiles.save(team, user, form);
            later(() -> profiles.afterSave(team, channel == null || channel.isBlank() ? null : channel, user));
            return ctx.ack();
        });
        app.viewSubmission(PairsModals.SCHEDULE, (req, ctx) -> {
            var p = req.getPayload();
            String team = p.getTeam().getId();
            String user = p.getUser().getId();
            String channel = p.getView().getPrivateMetadata();
            ViewState state = p.getView().getState();
            Texts t = speech.user(team, user);
            if (!roles.isManagerNow(team, user)) {
                return ctx.ackWithErrors(Map.of(PairsModals.FREQUENCY, t.t("pairs.schedule.managers_only")));
            }
            String notIn = roles.notInChannelNow(team, channel, user, t);
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
        slack.team(team).tell(where, user, speech.user(team, user).t("pairs.not_your_group"), null);
    }

    private void later(Runnable work) {
        background.later("A learning pairs step", work);
    }
}
