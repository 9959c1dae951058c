package org.kompis.aar;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.model.view.ViewState;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.kompis.core.Background;
import org.kompis.core.Speech;
import org.kompis.core.Zones;
import org.kompis.i18n.Texts;
import org.kompis.roles.Roles;
import org.kompis.slack.Blocks;
import org.kompis.slack.Views;

/**
 * Buttons and modal submissions. A listener only checks what it can locally, writes to SQLite and acknowledges;
 * every Slack call runs on the worker pool. Ids come from the payload, everything else from the database.
 */
final class AarListeners {
    private final AarStore store;
    private final Speech speech;
    private final Zones zones;
    private final Roles roles;
    private final Background background;
    private final AarStart start;
    private final AarAnswers answers;
    private final AarClose close;
    private final AarFollowUp followUp;

    AarListeners(
            AarStore store,
            Speech speech,
            Zones zones,
            Roles roles,
            Background background,
            AarStart start,
            AarAnswers answers,
            AarClose close,
            AarFollowUp followUp) {
        this.store = store;
        this.speech = speech;
        this.zones = zones;
        this.roles = roles;
        this.background = background;
        this.start = start;
        this.answers = answers;
        this.close = close;
        this.followUp = followUp;
    }

    void install(App app) {
        app.blockAction(AarViews.ANSWER, (req, ctx) -> {
            var p = req.getPayload();
            later(() -> answers.open(
                    p.getTeam().getId(), channel(p), p.getUser().getId(), p.getTriggerId(), Views.actionNumber(p)));
            return ctx.ack();
        });
        app.blockAction(AarViews.CLOSE, (req, ctx) -> {
            var p = req.getPayload();
            later(() -> close.click(p.getTeam().getId(), channel(p), p.getUser().getId(), Views.actionNumber(p)));
            return ctx.ack();
        });
        app.blockAction(AarViews.CLOSED, (req, ctx) -> {
            var p = req.getPayload();
            later(() -> close.closedClick(
                    p.getTeam().getId(), channel(p), p.getUser().getId(), Views.actionNumber(p)));
            return ctx.ack();
        });
        app.blockAction(AarDms.DONE, (req, ctx) -> {
            var p = req.getPayload();
            later(() ->
                    followUp.done(p.getTeam().getId(), channel(p), p.getUser().getId(), Views.actionNumber(p)));
            return ctx.ack();
        });
        // "Later" and "Drop" open the same follow-up form, asking for a new date or a reason.
        for (boolean drop : new boolean[] {false, true}) {
            app.blockAction(drop ? AarDms.DROP : AarDms.LATER, (req, ctx) -> {
                var p = req.getPayload();
                later(() -> followUp.open(
                        p.getTeam().getId(),
                        channel(p),
                        p.getUser().getId(),
                        p.getTriggerId(),
                        Views.actionNumber(p),
                        drop));
                return ctx.ack();
            });
        }
        app.viewSubmission(AarModals.START, (req, ctx) -> {
            var p = req.getPayload();
            String team = p.getTeam().getId();
            String user = p.getUser().getId();
            ViewState state = p.getView().getState();
            String title = Views.value(state, "title", "title");
            LocalDate deadline = AnswerForm.parseDate(Views.value(state, "deadline", "date"));
            Texts t = speech.user(team, user);
            if (title == null) {
                return ctx.ackWithErrors(Map.of("title", t.t("aar.error.title")));
            }
            if (deadline == null || !deadline.isAfter(zones.today(team))) {
                return ctx.ackWithErrors(Map.of("deadline", t.t("aar.error.future_date")));
            }
            String goal = Views.value(state, "goal", "goal");
            List<String> people = Views.values(state, "participants", "users");
            String channel = p.getView().getPrivateMetadata();
            String refused =
                    refusal(roles.notManagerNow(team, user, t), () -> roles.notInChannelNow(team, channel, user, t));
            if (refused != null) {
                return ctx.ackWithErrors(Map.of("title", refused));
            }
            String viewId = p.getView().getId();
            later(() -> start.submitted(
                    team, channel, user, Blocks.cut(title, AarModals.MAX_TITLE), goal, people, deadline, viewId));
            return ctx.ack();
        });
        app.viewSubmission(AarModals.ANSWER, (req, ctx) -> {
            var p = req.getPayload();
            String team = p.getTeam().getId();
            String user = p.getUser().getId();
            long reviewId = Views.number(p.getView().getPrivateMetadata());
            Texts t = speech.user(team, user);
            String first = AnswerForm.QUESTION_BLOCKS[0];
            Review review = store.review(team, reviewId).orElse(null);
            String refused = answers.refusal(team, user, review, "aar.error.closed", t);
            if (refused != null) {
                return ctx.ackWithErrors(Map.of(first, refused));
            }
            AnswerForm.Parsed parsed = AnswerForm.parse(p.getView().getState(), zones.today(team), t);
            if (!parsed.ok()) {
                return ctx.ackWithErrors(parsed.errors());
            }
            AarAnswers.Saved saved = answers.save(team, user, reviewId, parsed.form());
            if (saved.closed()) {
                Review now = store.review(team, reviewId).orElse(review);
                return ctx.ackWithErrors(Map.of(
                        first,
                        now.closedOn() == null
                                ? t.t("aar.not_found")
                                : t.t("aar.error.closed", Deadlines.date(t, now.closedOn()))));
            }
            later(() -> answers.afterSave(team, reviewId, user, saved));
            return ctx.ack();
        });
        app.viewSubmission(AarModals.LATER, (req, ctx) -> {
            var p = req.getPayload();
            String team = p.getTeam().getId();
            long itemId = Views.number(p.getView().getPrivateMetadata());
            LocalDate date = AnswerForm.parseDate(Views.value(p.getView().getState(), "date", "date"));
            Map<String, String> errors = followUp.later(
                    team,
                    p.getUser().getId(),
                    itemId,
                    date,
                    speech.user(team, p.getUser().getId()));
            if (!errors.isEmpty()) {
                return ctx.ackWithErrors(errors);
            }
            later(() -> followUp.afterChange(team, itemId));
            return ctx.ack();
        });
        app.viewSubmission(AarModals.DROP, (req, ctx) -> {
            var p = req.getPayload();
            String team = p.getTeam().getId();
            long itemId = Views.number(p.getView().getPrivateMetadata());
            String reason = Views.value(p.getView().getState(), "reason", "reason");
            Map<String, String> errors = followUp.drop(
                    team,
                    p.getUser().getId(),
                    itemId,
                    reason,
                    speech.user(team, p.getUser().getId()));
            if (!errors.isEmpty()) {
                return ctx.ackWithErrors(errors);
            }
            later(() -> followUp.afterChange(team, itemId));
            return ctx.ack();
        });
    }

    /** The first refusal: {@code first}, else the one {@code next} finds (asked only when needed: it calls Slack). */
    static String refusal(String first, java.util.function.Supplier<String> next) {
        return first != null ? first : next.get();
    }

    private void later(Runnable work) {
        background.later("An after-action review step", work);
    }

    private static String channel(BlockActionPayload p) {
        return p.getChannel() != null
                ? p.getChannel().getId()
                : p.getContainer().getChannelId();
    }
}
