package org.kompis.reflection;

import com.slack.api.bolt.App;
import com.slack.api.model.view.ViewState;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.kompis.core.Background;
import org.kompis.core.LessonSink;
import org.kompis.core.Speech;
import org.kompis.delivery.Outbox;
import org.kompis.delivery.Post;
import org.kompis.i18n.Lang;
import org.kompis.i18n.Texts;
import org.kompis.roles.Roles;
import org.kompis.slack.SlackCallException;
import org.kompis.slack.SlackGateway;
import org.kompis.slack.Views;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Answer button and the answer modal's submission. An anonymous answer is written without the user id (the
 * column stays null and a check constraint keeps it so) and with its time cut to the day; it is never logged.
 */
final class ReflectionListeners {
    private static final Logger log = LoggerFactory.getLogger(ReflectionListeners.class);
    private static final int MAX_TAGS = 10;

    private final App app;
    private final Jdbi jdbi;
    private final SlackGateway slack;
    private final Speech speech;
    private final Roles roles;
    private final Clock clock;
    private final Background background;
    private final Outbox outbox;
    private final AnswerCounter counter;
    private final LessonSink lessons;

    ReflectionListeners(
            App app,
            Jdbi jdbi,
            SlackGateway slack,
            Speech speech,
            Roles roles,
            Clock clock,
            Background background,
            Outbox outbox,
            AnswerCounter counter,
            LessonSink lessons) {
        this.lessons = lessons;
        this.app = app;
        this.jdbi = jdbi;
        this.slack = slack;
        this.speech = speech;
        this.roles = roles;
        this.clock = clock;
        this.background = background;
        this.outbox = outbox;
        this.counter = counter;
    }

    private ReflectionStore store() {
        return jdbi.onDemand(ReflectionStore.class);
    }

    void register() {
        app.blockAction(PromptMessages.ANSWER_ACTION, (req, ctx) -> {
            var payload = req.getPayload();
            String team = payload.getTeam().getId();
            String user = payload.getUser().getId();
            String trigger = payload.getTriggerId();
            Optional<PromptRow> prompt =
                    id(payload.getActions().get(0).getValue()).flatMap(id -> store().prompt(team, id));
            if (prompt.isPresent()) {
                boolean anonymity = allowsAnonymity(prompt.get());
                background.later(
                        "Opening the answer modal", () -> openAnswer(team, user, trigger, prompt.get(), anonymity));
            }
            return ctx.ack();
        });

        app.viewSubmission(ReflectionModals.ANSWER, (req, ctx) -> {
            var payload = req.getPayload();
            String[] meta = payload.getView().getPrivateMetadata().split("\\|");
            Texts t = speech.in(Lang.parse(meta.length > 1 ? meta[1] : null)
                    .orElse(speech.fallback(payload.getTeam().getId())));
            ViewState state = payload.getView().getState();
            String text = Views.value(state, "answer", "text");
            Optional<PromptRow> found =
                    id(meta[0]).flatMap(id -> store().prompt(payload.getTeam().getId(), id));
            if (found.isEmpty()) {
                return ctx.ackWithErrors(Map.of("answer", t.t("reflection.modal.gone")));
            }
            if (text == null) {
                return ctx.ackWithErrors(Map.of("answer", t.t("reflection.modal.empty")));
            }
            PromptRow prompt = found.get();
            String notIn = roles.notInChannelNow(
                    prompt.teamId(), prompt.channelId(), payload.getUser().getId(), t);
            if (notIn != null) {
                return ctx.ackWithErrors(Map.of("answer", notIn));
            }
            boolean shared = Views.values(state, "share", "share").contains("share");
            boolean anonymous = Views.values(state, "anonymous", "anonymous").contains("anonymous");
            if (anonymous && !allowsAnonymity(prompt)) {
                return ctx.ackWithErrors(Map.of("anonymous", t.t("reflection.modal.anonymity_off")));
            }
            save(
                    prompt,
                    anonymous ? null : payload.getUser().getId(),
                    text,
                    shared,
                    tags(Views.value(state, "tags", "tags")));
            return ctx.ack(r -> r.responseAction("update").view(ReflectionModals.thanks(t, shared, anonymous)));
        });
    }

    private void openAnswer(String team, String user, String trigger, PromptRow prompt, boolean anonymity) {
        Texts t = speech.user(team, user);
        String notIn = roles.notInChannelNow(team, prompt.channelId(), user, t);
        if (notIn != null) {
            slack.team(team).tell(prompt.channelId(), user, notIn, null);
            return;
        }
        try {
            slack.team(team).openView(trigger, ReflectionModals.answer(t, prompt, anonymity));
        } catch (SlackCallException e) {
            log.warn("Could not open the answer modal for prompt {}: {}", prompt.id(), e.error());
        }
    }

    /** The answer and, when shared, its thread reply in the outbox: one transaction. */
    private void save(PromptRow prompt, String userId, String text, boolean shared, String tags) {
        boolean anonymous = userId == null;
        long now = clock.millis();
        long createdAt = anonymous ? now - Math.floorMod(now, Duration.ofDays(1).toMillis()) : now;
        long answerId = jdbi.inTransaction(h -> {
            long id = h.attach(ReflectionStore.class)
                    .insertAnswer(new AnswerRow(
                            0, prompt.teamId(), prompt.id(), userId, anonymous, shared, text, tags, createdAt));
            if (shared && prompt.messageTs() != null) {
                outbox.enqueue(
                        h,
                        new Post(
                                prompt.teamId(),
                                "reflect-answer:" + id,
                                prompt.channelId(),
                                prompt.messageTs(),
                                ReflectionRuns.ANSWER,
                                String.valueOf(id)));
            }
            return id;
        });
        outbox.nudge();
        if (shared) {
            background.later("A shared answer to the lessons library", () -> toLibrary(prompt.teamId(), answerId));
        }
        counter.request(prompt.teamId(), prompt.id());
    }

    /** A lesson the library refuses is not lost: the answer stays, and {@link ReflectionLessons} can hand it again. */
    private void toLibrary(String team, long answerId) {
        new ReflectionLessons(jdbi, clock).lessonOf(team, answerId).ifPresent(lesson -> {
            try {
                lessons.add(lesson);
            } catch (Exception e) {
                log.error("The lessons library refused answer {}", answerId, e);
            }
        });
    }

    private boolean allowsAnonymity(PromptRow p) {
        return store().settings(p.teamId(), p.channelId())
                .map(ChannelSettings::anonymity)
                .orElse(true);
    }

    /** "Routines,  onboarding, routines" becomes "routines, onboarding": trimmed, lower case, no repeats. */
    static String tags(String raw) {
        if (raw == null) {
            return null;
        }
        Set<String> out = new LinkedHashSet<>();
        Arrays.stream(raw.split("[,;#]"))
                .map(s -> s.strip().toLowerCase(java.util.Locale.ROOT))
                .filter(s -> !s.isEmpty())
                .map(s -> s.length() > 40 ? s.substring(0, 40) : s)
                .limit(MAX_TAGS)
                .forEach(out::add);
        return out.isEmpty() ? null : String.join(", ", out);
    }

    private static Optional<Long> id(String value) {
        try {
            return Optional.of(Long.parseLong(value.strip()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
