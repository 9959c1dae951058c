package org.kompis.sixhats;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.ViewState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kompis.core.Background;
import org.kompis.core.Speech;
import org.kompis.slack.Views;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Buttons and modals. Every listener acknowledges at once: a click is handed to the worker pool whole; a
 * submission is checked and stored here (local SQLite only), and its Slack calls follow on the worker pool.
 */
final class SixHatsListeners {
    private static final Logger log = LoggerFactory.getLogger(SixHatsListeners.class);

    /** One click: who, where, on which exercise (and, to steer a round, the round the message showed). */
    private record Click(String team, String user, long id, int round, String triggerId, String channel) {}

    private interface ClickHandler {
        void handle(Click click) throws Exception;
    }

    private final App app;
    private final Speech speech;
    private final Background background;
    private final ExerciseThread thread;

    SixHatsListeners(App app, Speech speech, Background background, ExerciseThread thread) {
        this.app = app;
        this.speech = speech;
        this.background = background;
        this.thread = thread;
    }

    void install(Launch launch, Joining joining, Rounds rounds, Keywords keywords, Finishing finishing) {
        click(SixHatsViews.JOIN, c -> joining.join(c.team(), c.user(), c.id(), c.channel()));
        click(SixHatsViews.START, c -> joining.start(c.team(), c.user(), c.id(), c.channel()));
        click(SixHatsViews.WRITE, c -> keywords.open(c.team(), c.user(), c.id(), c.triggerId(), c.channel()));
        click(SixHatsViews.NEXT, c -> rounds.next(c.team(), c.user(), c.id(), c.round(), c.channel()));
        click(SixHatsViews.EXTEND, c -> rounds.extend(c.team(), c.user(), c.id(), c.round(), c.channel()));
        click(SixHatsViews.FINISH, c -> finishing.open(c.team(), c.user(), c.id(), c.triggerId(), c.channel()));
        click(SixHatsViews.CONCLUDE, c -> finishing.open(c.team(), c.user(), c.id(), c.triggerId(), c.channel()));

        app.viewSubmission(SixHatsModals.START, (req, ctx) -> startSubmitted(req, ctx, launch));
        app.viewSubmission(SixHatsModals.WRITE, (req, ctx) -> {
            var p = req.getPayload();
            String text = Views.value(p.getView().getState(), SixHatsModals.KEYWORDS, SixHatsModals.KEYWORDS);
            String team = p.getTeam().getId();
            String user = p.getUser().getId();
            List<Runnable> after = new ArrayList<>();
            Refusal refusal = text == null
                    ? new Refusal("sixhats.write.missing")
                    : keywords.accept(
                            team, user, p.getView().getId(), p.getView().getPrivateMetadata(), text, after);
            return answer(ctx, team, user, SixHatsModals.KEYWORDS, refusal, after);
        });
        app.viewSubmission(SixHatsModals.CONCLUSION, (req, ctx) -> {
            var p = req.getPayload();
            ViewState state = p.getView().getState();
            String decide = Views.value(state, SixHatsModals.DECIDE, SixHatsModals.DECIDE);
            String team = p.getTeam().getId();
            String user = p.getUser().getId();
            List<Runnable> after = new ArrayList<>();
            Refusal refusal = decide == null
                    ? new Refusal("sixhats.conclusion.missing")
                    : finishing.conclude(
                            team,
                            user,
                            p.getView().getPrivateMetadata(),
                            decide,
                            Views.value(state, SixHatsModals.NEXT, SixHatsModals.NEXT),
                            after);
            return answer(ctx, team, user, SixHatsModals.DECIDE, refusal, after);
        });
    }

    private Response startSubmitted(ViewSubmissionRequest req, ViewSubmissionContext ctx, Launch launch) {
        var p = req.getPayload();
        ViewState state = p.getView().getState();
        String team = p.getTeam().getId();
        String user = p.getUser().getId();
        String topic = Views.value(state, SixHatsModals.TOPIC, SixHatsModals.TOPIC);
        Optional<Duration> round =
                HatByHat.parseDuration(Views.value(state, SixHatsModals.DURATION, SixHatsModals.DURATION));
        if (topic == null) {
            return answer(ctx, team, user, SixHatsModals.TOPIC, new Refusal("sixhats.modal.topic.missing"), List.of());
        }
        if (round.isEmpty()) {
            return answer(
                    ctx, team, user, SixHatsModals.DURATION, new Refusal("sixhats.modal.duration.invalid"), List.of());
        }
        Refusal notIn = thread.notInChannel(team, p.getView().getPrivateMetadata(), user);
        if (notIn != null) {
            return answer(ctx, team, user, SixHatsModals.TOPIC, notIn, List.of());
        }
        Mode mode = "hat_by_hat".equals(Views.value(state, SixHatsModals.MODE, SixHatsModals.MODE))
                ? Mode.HAT_BY_HAT
                : Mode.IN_THREES;
        Optional<Exercise> e = launch.create(
                team,
                p.getView().getPrivateMetadata(),
                user,
                topic,
                mode,
                round.get(),
                "view:" + p.getView().getId());
        return answer(
                ctx,
                team,
                user,
                null,
                null,
                e.<Runnable>map(ex -> () -> launch.postFromModal(ex)).stream().toList());
    }

    /**
     * Acks a submission: with the refusal shown under {@code block}, or closing the modal and running {@code after}.
     */
    private Response answer(
            ViewSubmissionContext ctx, String team, String user, String block, Refusal refusal, List<Runnable> after) {
        if (refusal != null) {
            return ctx.ackWithErrors(Map.of(block, speech.user(team, user).t(refusal.key(), refusal.args())));
        }
        after.forEach(this::later);
        return ctx.ack();
    }

    private void click(String actionId, ClickHandler handler) {
        app.blockAction(actionId, (req, ctx) -> {
            Click click = click(req.getPayload());
            if (click != null) {
                later(() -> {
                    try {
                        handler.handle(click);
                    } catch (Exception e) {
                        log.error("Six hats {} by {} on {} failed", actionId, click.user(), click.id(), e);
                    }
                });
            }
            return ctx.ack();
        });
    }

    private static Click click(BlockActionPayload p) {
        String value = p.getActions().get(0).getValue();
        String[] parts = value == null ? new String[0] : value.split(":");
        try {
            long id = Long.parseLong(parts[0]);
            int round = parts.length > 1 ? Integer.parseInt(parts[1]) : -1;
            String channel = p.getChannel() != null ? p.getChannel().getId() : null;
            return new Click(p.getTeam().getId(), p.getUser().getId(), id, round, p.getTriggerId(), channel);
        } catch (RuntimeException e) {
            log.warn("Six hats button with a value we did not make: {}", value);
            return null;
        }
    }

    private void later(Runnable work) {
        background.later("Six hats work", work);
    }
}
