package org.kompis.home;

import org.kompis.core.HomeSection;
import com.slack.api.model.block.LayoutBlock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.kompis.core.Kit;
import org.kompis.i18n.Texts;
import org.kompis.scheduling.Schedule;
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
    List<Schedule> schedules = kit.jdbi().withHandle(h -> h.createQuery(
            "select * from schedules where team_id = :team and paused = 0 and channel_id in (<channels>)")
        .bind("team", team).bindList("channels", channels).map(ConstructorMapper.of(Schedule.class)).list());
    List<Map.Entry<Instant, Schedule>> next = schedules.stream()
        .flatMap(s -> kit.scheduler().nextRun(s).map(at -> Map.entry(at, s)).stream())
        .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder())).limit(SHOWN).toList();
    if (next.isEmpty()) {
      return List.of();
    }
    ZoneId zone = zoneOf(team, user);
    DateTimeFormatter when = DateTimeFormatter.ofPattern(t.t("home.upcoming.when"), t.lang().locale());
    StringBuilder sb = new StringBuilder();
    for (var e : next) {
      sb.append("• ").append(t.t("home.upcoming.line", ritual(t, e.getValue().ritual()),
          Mrkdwn.channel(e.getValue().channelId()), when.format(e.getKey().atZone(zone)))).append('\n');
    }
    return List.of(Blocks.section("*" + t.t("home.upcoming.title") + "*"), Blocks.section(sb.toString().trim()));
  }

  private static String ritual(Texts t, String name) {
    String key = "home.ritual." + name;
    return t.messages().has(t.lang(), key) ? t.t(key) : Mrkdwn.escape(name);
  }

  private ZoneId zoneOf(String team, String user) {
    try {
      String tz = kit.directory().user(team, user).timeZone();
      return tz == null ? kit.config().defaultTimeZone() : ZoneId.of(tz);
    } catch (SlackCallException | java.time.DateTimeException e) {
      return kit.config().defaultTimeZone();
    }
  }
}
