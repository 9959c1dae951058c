package org.kompis.lessons;

import com.slack.api.model.block.LayoutBlock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kompis.core.CommandCall;
import org.kompis.core.LessonSource;
import org.kompis.i18n.Texts;
import org.kompis.scheduling.Holidays;
import org.kompis.scheduling.Recurrence;
import org.kompis.scheduling.Schedule;
import org.kompis.scheduling.Scheduler;
import org.kompis.scheduling.WeeklyTime;
import org.kompis.slack.Blocks;
import org.kompis.slack.Mrkdwn;
import org.kompis.slack.SlackCallException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The weekly digest: {@code /lessons digest fri 09:00} (managers) posts the best lessons of the past seven days in
 * the channel, from every channel whose lessons everyone may see plus the channel's own, grouped by source, at most
 * {@value #MAX}. A week with nothing new posts nothing: an empty digest would teach people to skip it.
 */
final class Digest {
    static final String RITUAL = "lessons-digest";
    static final int MAX = 10;
    private static final Logger log = LoggerFactory.getLogger(Digest.class);
    private static final Set<String> OFF = Set.of("off", "av", "stopp", "stop", "slutt", "sluta", "pause");

    private final LessonsCore core;

    Digest(LessonsCore core) {
        this.core = core;
    }

    /** "/lessons digest" followed by neither a day, a time nor "off" is a search for those words. */
    static boolean isSearch(String args) {
        String a = args.strip();
        return !a.isEmpty() && !OFF.contains(a.toLowerCase(Locale.ROOT)) && !WeeklyTime.mentioned(a);
    }

    void command(CommandCall call) {
        String args = call.args().strip();
        Scheduler scheduler = core.kit.scheduler();
        if (args.isEmpty()) {
            Optional<Schedule> s =
                    scheduler.find(call.teamId(), RITUAL, call.channelId()).filter(x -> !x.paused());
            call.reply(s.map(x -> call.t("lessons.digest.status", when(call.texts(), x)))
                    .orElse(call.t("lessons.digest.none")));
            return;
        }
        if (!call.requireManager()) {
            return;
        }
        if (OFF.contains(args.toLowerCase(Locale.ROOT))) {
            scheduler.find(call.teamId(), RITUAL, call.channelId()).ifPresent(scheduler::pause);
            call.reply(call.t("lessons.digest.off"));
            return;
        }
        Optional<WeeklyTime> parsed = WeeklyTime.parse(args);
        if (parsed.isEmpty()) {
            call.reply(call.t("lessons.digest.usage", Mrkdwn.escape(args, 100)));
            return;
        }
        ZoneId zone = zoneOf(call);
        Holidays holidays = core.kit.channelHolidays(call.teamId(), call.channelId());
        Schedule s = scheduler.save(
                call.teamId(),
                RITUAL,
                call.channelId(),
                Recurrence.weekly(
                        parsed.get().day(),
                        parsed.get().time(),
                        zone,
                        parsed.get().everyWeeks(),
                        holidays,
                        Scheduler.today(core.kit.clock(), zone)),
                call.userId());
        core.privacy.learn(call.teamId(), call.channelId());
        call.reply(call.t("lessons.digest.saved", when(call.texts(), s)));
    }

    /** The manager's own time zone: "Friday 09:00" means their Friday morning. */
    private ZoneId zoneOf(CommandCall call) {
        return core.kit.userZone(call.teamId(), call.userId());
    }

    private String when(Texts t, Schedule s) {
        Locale locale = t.lang().locale();
        Instant next = core.kit.scheduler().nextRun(s).orElseThrow();
        var local = next.atZone(s.recurrence().zone());
        return t.t(
                "lessons.digest.when",
                local.getDayOfWeek().getDisplayName(TextStyle.FULL, locale),
                LocalTime.from(local).format(DateTimeFormatter.ofPattern("HH:mm")),
                s.timeZone(),
                t.format("lessons.date", local));
    }

    /** One run: claimed once per (schedule, fire time), then posted in the channel's language. */
    void run(Schedule s, Instant scheduledFor) {
        String team = s.teamId();
        String channel = s.channelId();
        DigestStore runs = core.kit.jdbi().onDemand(DigestStore.class);
        if (runs.claim(team, s.id(), scheduledFor.toEpochMilli(), channel, core.now()) == 0) {
            return;
        }
        long since = scheduledFor.minus(Duration.ofDays(7)).toEpochMilli();
        List<Lesson> lessons = core.search.digest(team, channel, Set.of(), since, MAX);
        if (core.privacy.turnedPrivate(team, lessons, Set.of(channel))) {
            lessons = core.search.digest(team, channel, Set.of(), since, MAX);
        }
        if (lessons.stream().anyMatch(l -> !channel.equals(l.channelId())) && core.externallyShared(team, channel)) {
            // Shared with another organisation: only what came from this very channel goes back into it.
            lessons =
                    lessons.stream().filter(l -> channel.equals(l.channelId())).toList();
        }
        if (lessons.isEmpty()) {
            return;
        }
        Texts t = core.channelTexts(team, channel);
        try {
            String ts = core.slack(team)
                    .post(channel, null, t.t("lessons.digest.text", lessons.size()), blocks(team, t, lessons));
            runs.posted(s.id(), scheduledFor.toEpochMilli(), lessons.size(), ts);
        } catch (SlackCallException e) {
            log.warn("Could not post the lessons digest in a channel: {}", e.error());
        }
    }

    List<LayoutBlock> blocks(String team, Texts t, List<Lesson> lessons) {
        Map<LessonSource, List<Lesson>> bySource = new EnumMap<>(LessonSource.class);
        lessons.forEach(l ->
                bySource.computeIfAbsent(l.source(), x -> new ArrayList<>()).add(l));
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(Blocks.header(t.t("lessons.digest.title")));
        blocks.add(Blocks.context(t.t("lessons.digest.intro", lessons.size())));
        bySource.forEach((source, group) -> {
            blocks.add(Blocks.divider());
            blocks.add(Blocks.section("*" + LessonsViews.source(t, source) + "*"));
            for (Lesson l : group) {
                blocks.add(Blocks.section(line(team, t, l)));
            }
        });
        blocks.add(Blocks.divider());
        blocks.add(Blocks.context(t.t("lessons.digest.footer")));
        return blocks;
    }

    /** The lesson in brief, with its link: the message it came from, or else its channel. */
    private String line(String team, Texts t, Lesson l) {
        StringBuilder sb = new StringBuilder();
        if (l.topic() != null) {
            sb.append('*').append(Mrkdwn.escape(l.topic(), 150)).append("*\n");
        }
        if (l.mistake()) {
            sb.append(":seedling: _").append(t.t("lessons.mistake")).append("_\n");
        }
        sb.append(Mrkdwn.escape(l.text(), 300)).append('\n');
        List<String> where = new ArrayList<>();
        if (l.permalink() != null) {
            where.add("<" + l.permalink() + "|" + t.t("lessons.open") + ">");
        }
        if (l.channelId() != null) {
            where.add(Mrkdwn.channel(l.channelId()));
        }
        where.add(t.t("lessons.by", core.author(team, l, t)));
        return sb.append(String.join("  ·  ", where)).toString();
    }
}
