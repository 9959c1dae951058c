package org.kompis.reflection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.kompis.core.Speech;
import org.kompis.delivery.Delivery;
import org.kompis.delivery.Message;
import org.kompis.delivery.Outbox;
import org.kompis.delivery.OutboxRow;
import org.kompis.delivery.Post;
import org.kompis.i18n.Lang;
import org.kompis.i18n.Texts;
import org.kompis.scheduling.Schedule;
import org.kompis.scheduling.ScheduleStore;
import org.kompis.scheduling.Scheduler;
import org.kompis.slack.Directory;
import org.kompis.slack.Mrkdwn;
import org.kompis.slack.SlackCallException;
import org.kompis.slack.SlackGateway;
import org.kompis.slack.TeamClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A run: the next prompt for the channel, its row, its outbox post and its reminder timer, written in one
 * transaction, so a run either happened completely or not at all. A scheduled fire and {@code /reflect now} take
 * the same path; the run key makes a repeat of the same run a no-op.
 */
final class ReflectionRuns {
    private static final Logger log = LoggerFactory.getLogger(ReflectionRuns.class);
    static final String PROMPT = "reflection.prompt";
    static final String ANSWER = "reflection.answer";
    static final String REMINDER = "reflection.reminder";
    static final String REMIND_TIMER = "reflect-remind";
    /** Run keys: a scheduled fire is {@code reflect:<schedule id>:<fire millis>}, a {@code now} gets a random id. */
    static final String RUN_PREFIX = "reflect:";

    static final String NOW_PREFIX = "reflect-now:";
    private static final Set<String> CHANNEL_GONE = Set.of("channel_not_found", "not_in_channel", "is_archived");

    private final Jdbi jdbi;
    private final SlackGateway slack;
    private final Directory directory;
    private final Speech speech;
    private final Clock clock;
    private final Scheduler scheduler;
    private final Outbox outbox;
    private final int reminderHours;
    private final PromptLibrary library;
    private final PromptMessages messages;

    ReflectionRuns(
            Jdbi jdbi,
            SlackGateway slack,
            Directory directory,
            Speech speech,
            Clock clock,
            Scheduler scheduler,
            Outbox outbox,
            int reminderHours,
            PromptLibrary library,
            PromptMessages messages) {
        this.jdbi = jdbi;
        this.slack = slack;
        this.directory = directory;
        this.speech = speech;
        this.clock = clock;
        this.scheduler = scheduler;
        this.outbox = outbox;
        this.reminderHours = reminderHours;
        this.library = library;
        this.messages = messages;
    }

    /** Starts the run (or finds it, if it already started) and wakes the sender. */
    PromptRow start(String team, String channel, String runKey, Instant fireTime, String requestedBy) {
        Lang lang = speech.channelLang(team, channel);
        long now = clock.millis();
        int hours = reminderHours;
        Instant remindAt = Instant.ofEpochMilli(now).plus(Duration.ofHours(hours));
        boolean[] created = {false};
        PromptRow row = jdbi.inTransaction(h -> {
            ReflectionStore store = h.attach(ReflectionStore.class);
            Optional<PromptRow> existing = store.promptOfRun(team, channel, runKey);
            if (existing.isPresent()) {
                return existing.get();
            }
            ChannelSettings settings = store.settings(team, channel).orElse(ChannelSettings.defaults(team, channel));
            List<Rotation.Posted> history = store.history(team, channel).stream()
                    .map(p -> new Rotation.Posted(p.promptId(), p.theme(), p.cycle()))
                    .toList();
            Rotation.Pick pick = Rotation.next(candidates(lang, settings, store.ownPrompts(team, channel)), history);
            store.insertPrompt(new PromptRow(
                    0,
                    team,
                    channel,
                    runKey,
                    fireTime.toEpochMilli(),
                    pick.prompt().id(),
                    pick.prompt().theme(),
                    pick.cycle(),
                    lang.code(),
                    pick.prompt().text(),
                    settings.anonymity(),
                    requestedBy,
                    null,
                    now));
            PromptRow saved = store.promptOfRun(team, channel, runKey).orElseThrow();
            outbox.enqueue(h, new Post(team, runKey, channel, null, PROMPT, String.valueOf(saved.id())));
            if (hours > 0) {
                h.attach(ScheduleStore.class)
                        .putTimer(team, REMIND_TIMER, String.valueOf(saved.id()), remindAt.toEpochMilli());
            }
            created[0] = true;
            return saved;
        });
        if (created[0] && hours > 0) {
            // The timer row is already in; this arms it in Quartz.
            scheduler.at(team, REMIND_TIMER, String.valueOf(row.id()), remindAt);
        }
        outbox.nudge();
        return row;
    }

    /**
     * The channel's library: built-in prompts of its chosen themes plus its own prompts; everything if that is empty.
     */
    List<Prompt> candidates(Lang lang, ChannelSettings settings, List<OwnPrompt> own) {
        Set<String> themes = settings.themeSet();
        List<Prompt> out = new ArrayList<>();
        library.prompts(lang).stream()
                .filter(p -> themes.isEmpty() || themes.contains(p.theme()))
                .forEach(out::add);
        if (themes.isEmpty() || themes.contains(Prompt.OWN)) {
            own.forEach(o -> out.add(o.asPrompt()));
        }
        return out.isEmpty() ? library.prompts(lang) : out;
    }

    private ReflectionStore store() {
        return jdbi.onDemand(ReflectionStore.class);
    }

    /** The prompt post: rendered with the current count, its ts kept with the prompt in the same transaction. */
    Delivery promptDelivery() {
        return new Delivery() {
            @Override
            public Message render(OutboxRow row) {
                return store().prompt(row.teamId(), Long.parseLong(row.ref()))
                        .map(p -> messages.prompt(p, store().answered(p.id()), store().anonymousAnswers(p.id())))
                        .orElse(null);
            }

            @Override
            public void sent(Handle h, OutboxRow row, String ts) {
                h.attach(ReflectionStore.class).setMessageTs(row.teamId(), Long.parseLong(row.ref()), ts);
            }

            @Override
            public void failed(OutboxRow row, String error) {
                store().prompt(row.teamId(), Long.parseLong(row.ref())).ifPresent(p -> promptFailed(p, error));
            }
        };
    }

    Delivery answerDelivery() {
        return Delivery.rendering(row -> store().answer(row.teamId(), Long.parseLong(row.ref()))
                .flatMap(a -> store().prompt(row.teamId(), a.promptRef())
                        .map(p -> messages.answer(p, a, a.userId() == null ? null : name(a))))
                .orElse(null));
    }

    Delivery reminderDelivery() {
        return Delivery.rendering(row -> store().prompt(row.teamId(), Long.parseLong(row.ref()))
                .map(messages::reminder)
                .orElse(null));
    }

    private String name(AnswerRow a) {
        return directory.name(a.teamId(), a.userId()).orElse(Mrkdwn.user(a.userId()));
    }

    /**
     * A prompt that Slack refused for good: when the channel is gone, archived or Kompis is not in it, the channel's
     * schedule is paused; the manager who set it (or whoever ran {@code /reflect now}) is told by DM.
     */
    void promptFailed(PromptRow p, String error) {
        boolean gone = CHANNEL_GONE.contains(error);
        Optional<Schedule> schedule = p.runKey().startsWith(RUN_PREFIX)
                ? scheduler.find(p.teamId(), ReflectionSchedules.RITUAL, p.channelId())
                : Optional.empty();
        boolean paused = gone && schedule.filter(s -> !s.paused()).isPresent();
        if (paused) {
            scheduler.pause(schedule.get());
        }
        String who = schedule.map(Schedule::createdBy).orElse(p.requestedBy());
        log.warn(
                "Reflection prompt {} in {} failed: {}{}",
                p.id(),
                p.channelId(),
                error,
                paused ? "; schedule paused" : "");
        if (who == null) {
            return;
        }
        Texts t = speech.in(speech.userLang(p.teamId(), who));
        String channel = Mrkdwn.channel(p.channelId());
        String text = (gone
                        ? t.t("reflection.failed." + error, channel)
                        : error.startsWith("uncertain")
                                ? t.t("reflection.failed.uncertain", channel)
                                : t.t("reflection.failed.other", channel, error))
                + (paused ? " " + t.t("reflection.failed.paused") : "");
        try {
            TeamClient client = slack.team(p.teamId());
            client.post(client.openConversation(List.of(who)), null, text, null);
        } catch (SlackCallException e) {
            log.warn("Could not tell {} that the prompt in {} failed: {}", who, p.channelId(), e.error());
        }
    }

    static String runKey(Schedule s, Instant at) {
        return RUN_PREFIX + s.id() + ":" + at.toEpochMilli();
    }
}
