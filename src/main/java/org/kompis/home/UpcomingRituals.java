package org.kompis.home;

import com.slack.api.model.block.LayoutBlock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.kompis.core.HomeSection;
import org.kompis.core.Kit;
import org.kompis.i18n.Texts;
import org.kompis.scheduling.Schedule;
import org.kompis.scheduling.ScheduleStore;
import org.kompis.slack.Blocks;
import org.kompis.slack.Mrkdwn;
import org.kompis.slack.SlackCallException;

/** App Home: the next runs of the rituals scheduled in the person's channels, soonest first, in their time zone. */
final class UpcomingRituals implements HomeSection {
    static final int SHOWN = 8;

    private final Kit kit;

    UpcomingRituals(Kit kit) {
        this.kit = kit;
    }

    @Override
    public List<LayoutBlock> render(String team, String user, Texts t) {
        List<String> channels;
        try {
            channels = kit.directory().userChannels(team, user);
        } catch (SlackCallException e) {
            return List.of();
        }
        if (channels.isEmpty()) {
            return List.of();
        }
        List<Schedule> schedules = kit.jdbi().onDemand(ScheduleStore.class).activeIn(team, channels);
        List<Map.Entry<Instant, Schedule>> next = schedules.stream()
                .flatMap(s -> kit.scheduler().nextRun(s).map(at -> Map.entry(at, s)).stream())
                .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .limit(SHOWN)
                .toList();
        if (next.isEmpty()) {
            return List.of();
        }
        ZoneId zone = zoneOf(team, user);
        StringBuilder sb = new StringBuilder();
        for (var e : next) {
            sb.append("• ")
                    .append(t.t(
                            "home.upcoming.line",
                            ritual(t, e.getValue().ritual()),
                            Mrkdwn.channel(e.getValue().channelId()),
                            t.format("home.upcoming.when", e.getKey().atZone(zone))))
                    .append('\n');
        }
        return List.of(
                Blocks.section("*" + t.t("home.upcoming.title") + "*"),
                Blocks.section(sb.toString().trim()));
    }

    private static String ritual(Texts t, String name) {
        String key = "home.ritual." + name;
        return t.messages().has(t.lang(), key) ? t.t(key) : Mrkdwn.escape(name);
    }

    private ZoneId zoneOf(String team, String user) {
        return kit.userZone(team, user);
    }
}
