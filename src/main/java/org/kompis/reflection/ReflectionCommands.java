package org.kompis.reflection;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.kompis.core.CommandCall;
import org.kompis.core.Commands;
import org.kompis.core.Kit;
import org.kompis.scheduling.Holidays;
import org.kompis.scheduling.Schedule;
import org.kompis.slack.Mrkdwn;

/** {@code /reflect now | schedule | off | status | add | prompts | remove}, also as {@code /kompis reflect ...}. */
final class ReflectionCommands {
    private static final int MAX_OWN_PROMPT = 200;

    private final Kit kit;
    private final ReflectionRuns runs;
    private final ReflectionSchedules schedules;
    private final ReflectionSettings settings;

    ReflectionCommands(Kit kit, ReflectionRuns runs, ReflectionSchedules schedules, ReflectionSettings settings) {
        this.kit = kit;
        this.runs = runs;
        this.schedules = schedules;
        this.settings = settings;
    }

    void register(Commands router) {
        router.register("reflect", "now", "now", "reflection.help.now", this::now);
        // Usage without angle brackets: help does not escape it, and Slack reads <day> as a link.
        router.register(
                "reflect",
                "schedule",
                "schedule DAY HH:MM [weekly|biweekly]",
                "reflection.help.schedule",
                this::schedule);
        router.register("reflect", "off", "off", "reflection.help.off", this::off);
        router.register("reflect", "status", "status", "reflection.help.status", this::status);
        router.register("reflect", "add", "add TEXT", "reflection.help.add", this::add);
        router.register("reflect", "prompts", "prompts", "reflection.help.prompts", this::prompts);
        router.register("reflect", "remove", "remove NUMBER", "reflection.help.remove", this::remove);
    }

    private ReflectionStore store() {
        return kit.jdbi().onDemand(ReflectionStore.class);
    }

    private void now(CommandCall call) {
        runs.start(
                call.teamId(),
                call.channelId(),
                ReflectionRuns.NOW_PREFIX + UUID.randomUUID(),
                kit.clock().instant(),
                call.userId());
        call.reply(call.t("reflection.now.posting"));
    }

    private void schedule(CommandCall call) {
        if (!call.requireManager()) {
            return;
        }
        if (call.args().isBlank()) {
            settings.open(call);
            return;
        }
        ScheduleArgs.Parsed parsed = ScheduleArgs.parse(call.args());
        if (parsed.problem() != null) {
            call.reply(call.t(parsed.problem().key(), parsed.problem().word()) + "\n"
                    + call.t("reflection.schedule.example"));
            return;
        }
        ScheduleArgs a = parsed.args();
        String team = call.teamId();
        String channel = call.channelId();
        ChannelSettings current = store().settings(team, channel).orElse(null);
        if (current == null) {
            // A channel's first reflection speaks the language of the manager who set it up, unless it has one already.
            if (!store().channelHasLanguage(team, channel)) {
                kit.languages().setChannel(team, channel, call.lang());
            }
            current = ChannelSettings.defaults(team, channel);
            store().saveSettings(new ChannelSettings(
                    team, channel, true, null, null, call.userId(), kit.clock().millis()));
        }
        ZoneId zone = schedules.zoneFor(team, current, call.userId());
        Holidays holidays = schedules.holidaysFor(team, channel, zone);
        Schedule saved =
                schedules.save(team, channel, call.userId(), a.day(), a.time(), zone, a.everyWeeks(), holidays);
        call.reply(schedules.confirmation(call.texts(), saved));
    }

    private void off(CommandCall call) {
        if (!call.requireManager()) {
            return;
        }
        Optional<Schedule> s = schedules.find(call.teamId(), call.channelId()).filter(x -> !x.paused());
        if (s.isEmpty()) {
            call.reply(call.t("reflection.off.none"));
            return;
        }
        kit.scheduler().pause(s.get());
        call.reply(call.t("reflection.off.done"));
    }

    private void status(CommandCall call) {
        StringBuilder out = new StringBuilder();
        Optional<Schedule> s = schedules.find(call.teamId(), call.channelId());
        if (s.isEmpty()) {
            out.append(call.t("reflection.status.none"));
        } else {
            out.append(call.t("reflection.status.schedule", ReflectionSchedules.describe(call.texts(), s.get())));
            out.append(
                    s.get().paused()
                            ? " " + call.t("reflection.status.paused")
                            : " " + call.t("reflection.status.next", schedules.next(call.texts(), s.get())));
        }
        Optional<PromptRow> last = store().lastPrompt(call.teamId(), call.channelId());
        out.append("\n");
        if (last.isEmpty()) {
            out.append(call.t("reflection.status.no_prompt"));
        } else {
            PromptRow p = last.get();
            ZoneId zone =
                    s.map(x -> ZoneId.of(x.timeZone())).orElse(kit.config().defaultTimeZone());
            String date = DateTimeFormatter.ofPattern(
                            call.t("reflection.date_short"), call.lang().locale())
                    .format(Instant.ofEpochMilli(p.createdAt()).atZone(zone));
            out.append(call.t("reflection.status.last", date, Mrkdwn.escape(p.text(), 300)))
                    .append(" ")
                    .append(PromptMessages.count(
                            call.texts(), store().answered(p.id()), store().anonymousAnswers(p.id())));
        }
        call.reply(out.toString());
    }

    private void add(CommandCall call) {
        if (!call.requireManager()) {
            return;
        }
        String text = call.args().strip();
        if (text.isEmpty()) {
            call.reply(call.t("reflection.add.empty"));
            return;
        }
        if (text.codePointCount(0, text.length()) > MAX_OWN_PROMPT) {
            call.reply(call.t("reflection.add.too_long", MAX_OWN_PROMPT));
            return;
        }
        store().addOwnPrompt(
                        call.teamId(),
                        call.channelId(),
                        text,
                        call.userId(),
                        kit.clock().millis());
        int number = store().ownPrompts(call.teamId(), call.channelId()).size();
        call.reply(call.t("reflection.add.done", number, Mrkdwn.escape(text)));
    }

    private void prompts(CommandCall call) {
        List<OwnPrompt> own = store().ownPrompts(call.teamId(), call.channelId());
        if (own.isEmpty()) {
            call.reply(call.t("reflection.prompts.none"));
            return;
        }
        StringBuilder out = new StringBuilder(call.t("reflection.prompts.title"));
        for (int i = 0; i < own.size(); i++) {
            out.append("\n")
                    .append(i + 1)
                    .append(". ")
                    .append(Mrkdwn.escape(own.get(i).text()));
        }
        call.reply(out.toString());
    }

    private void remove(CommandCall call) {
        if (!call.requireManager()) {
            return;
        }
        List<OwnPrompt> own = store().ownPrompts(call.teamId(), call.channelId());
        int number;
        try {
            number = Integer.parseInt(call.args().strip());
        } catch (NumberFormatException e) {
            number = -1;
        }
        if (number < 1 || number > own.size()) {
            call.reply(call.t(
                    "reflection.remove.unknown", Mrkdwn.escape(call.args().strip(), 20)));
            return;
        }
        store().removeOwnPrompt(
                        call.teamId(), call.channelId(), own.get(number - 1).id());
        call.reply(call.t("reflection.remove.done", number));
    }
}
