package org.kompis.lessons;

import com.slack.api.model.block.LayoutBlock;
import java.time.Clock;
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
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.kompis.core.CommandCall;
import org.kompis.core.LessonSource;
import org.kompis.core.Speech;
import org.kompis.core.Zones;
import org.kompis.delivery.Delivery;
import org.kompis.delivery.Message;
import org.kompis.delivery.Outbox;
import org.kompis.delivery.OutboxRow;
import org.kompis.delivery.Post;
import org.kompis.i18n.Texts;
import org.kompis.scheduling.Holidays;
import org.kompis.scheduling.Recurrence;
import org.kompis.scheduling.Schedule;
import org.kompis.scheduling.Scheduler;
import org.kompis.scheduling.WeeklyTime;
import org.kompis.slack.Blocks;
import org.kompis.slack.Mrkdwn;

/**
 * The weekly digest: {@code /lessons digest fri 09:00} (managers) posts the best lessons of the past seven days in
 * the channel, from every channel whose lessons everyone may see plus the channel's own, grouped by source, at most
 * {@value #MAX}. A week with nothing new posts nothing: an empty digest would teach people to skip it.
 */
final class Digest {
    static final String RITUAL = "lessons-digest";
    /** The outbox's kind for a digest post. */
    static final String KIND = "lessons.digest";

    static final int MAX = 10;
    private static final Set<String> OFF = Set.of("off", "av", "stopp", "stop", "slutt", "sluta", "pause");

    private final LessonSearch search;
    private final ChannelPrivacy channelPrivacy;
    private final LessonPeople people;
    private final Jdbi jdbi;
    private final Outbox outbox;
    private final Speech speech;
    private final Zones zones;
    private final Clock clock;
    private final Scheduler scheduler;

    Digest(
            LessonSearch search,
            ChannelPrivacy channelPrivacy,
            LessonPeople people,
            Jdbi jdbi,
            Outbox outbox,
            Speech speech,
            Zones zones,
            Clock clock,
            Scheduler scheduler) {
        this.search = search;
        this.channelPrivacy = channelPrivacy;
        this.people = people;
        this.jdbi = jdbi;
        this.outbox = outbox;
        this.speech = speech;
        this.zones = zones;
        this.clock = clock;
        this.scheduler = scheduler;
    }

    /** "/lessons digest" followed by neither a day, a time nor "off" is a search for those words. */
    static boolean isSearch(String args) {
        String a = args.strip();
        return !a.isEmpty() && !OFF.contains(a.toLowerCase(Locale.ROOT)) && !WeeklyTime.mentioned(a);
    }

    void command(CommandCall call) {
        String args = call.args().strip();
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
        Holidays holidays = zones.channelHolidays(call.teamId(), call.channelId());
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
                        Scheduler.today(clock, zone)),
                call.userId());
        channelPrivacy.learn(call.teamId(), call.channelId());
        call.reply(call.t("lessons.digest.saved", when(call.texts(), s)));
    }

    /** The manager's own time zone: "Friday 09:00" means their Friday morning. */
    private ZoneId zoneOf(CommandCall call) {
        return zones.userZone(call.teamId(), call.userId());
    }

    private String when(Texts t, Schedule s) {
        Locale locale = t.lang().locale();
        Instant next = scheduler.nextRun(s).orElseThrow();
        var local = next.atZone(s.recurrence().zone());
        return t.t(
                "lessons.digest.when",
                local.getDayOfWeek().getDisplayName(TextStyle.FULL, locale),
                LocalTime.from(local).format(DateTimeFormatter.ofPattern("HH:mm")),
                s.timeZone(),
                t.format("lessons.date", local));
    }

    /**
     * One run: claimed once per (schedule, fire time), then handed to the outbox (nobody waits for it), which
     * renders it in the channel's language when it sends it.
     */
    void run(Schedule s, Instant scheduledFor) {
        String team = s.teamId();
        String channel = s.channelId();
        long fireTime = scheduledFor.toEpochMilli();
        DigestStore runs = jdbi.onDemand(DigestStore.class);
        if (runs.claim(team, s.id(), fireTime, channel, clock.millis()) == 0) {
            return;
        }
        List<Lesson> lessons = lessons(team, channel, fireTime);
        if (lessons.isEmpty()) {
            return;
        }
        runs.counted(s.id(), fireTime, lessons.size());
        String ref = s.id() + ":" + fireTime;
        outbox.enqueue(new Post(team, RITUAL + ":" + ref, channel, null, KIND, ref));
    }

    /** The post, rendered when the outbox sends it; its ts is kept with the run in the same transaction. */
    Delivery delivery() {
        return new Delivery() {
            @Override
            public Message render(OutboxRow row) {
                List<Lesson> lessons = lessons(
                        row.teamId(), row.channelId(), Long.parseLong(row.ref().split(":")[1]));
                if (lessons.isEmpty()) {
                    return null;
                }
                Texts t = speech.channel(row.teamId(), row.channelId());
                return new Message(t.t("lessons.digest.text", lessons.size()), blocks(row.teamId(), t, lessons));
            }

            @Override
            public void sent(Handle h, OutboxRow row, String ts) {
                String[] ref = row.ref().split(":");
                h.attach(DigestStore.class).posted(Long.parseLong(ref[0]), Long.parseLong(ref[1]), ts);
            }
        };
    }

    /** The best lessons of the seven days before {@code fireTime} that may be shown in {@code channel}. */
    private List<Lesson> lessons(String team, String channel, long fireTime) {
        long since = fireTime - Duration.ofDays(7).toMillis();
        List<Lesson> lessons = search.digest(team, channel, Set.of(), since, MAX);
        if (channelPrivacy.turnedPrivate(team, lessons, Set.of(channel))) {
            lessons = search.digest(team, channel, Set.of(), since, MAX);
        }
        if (lessons.stream().anyMatch(l -> !channel.equals(l.channelId())) && people.externallyShared(team, channel)) {
            // Shared with another organisation: only what came from this very channel goes back into it.
            lessons =
                    lessons.stream().filter(l -> channel.equals(l.channelId())).toList();
        }
        return lessons;
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
        where.add(t.t("lessons.by", people.author(team, l, t)));
        return sb.append(String.join("  ·  ", where)).toString();
    }
}
