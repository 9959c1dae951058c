package org.kompis.pairing;

import com.slack.api.model.block.LayoutBlock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.kompis.core.HomeSection;
import org.kompis.i18n.Texts;
import org.kompis.storage.Rows;
import org.kompis.slack.Blocks;
import org.kompis.slack.Mrkdwn;

/** "Your learning pair" on the Home tab: the latest group the person is in, per channel pool. */
final class PairsHome implements HomeSection {
  private final Jdbi jdbi;
  private final ZoneId zone;

  PairsHome(Jdbi jdbi, ZoneId zone) {
    this.jdbi = jdbi;
    this.zone = zone;
  }

  @Override
  public List<LayoutBlock> render(String team, String user, Texts t) {
    List<Map<String, Object>> groups = jdbi.withHandle(h -> Rows.of(h, """
        select g.channel_id, r.round_at,
               (select group_concat(o.user_id, ' ') from pairs_group_members o where o.group_id = g.id and o.user_id <> ?) as others
        from pairs_group_members m
        join pairs_groups g on g.id = m.group_id
        join pairs_rounds r on r.id = g.round_id
        where g.team_id = ? and m.user_id = ?
          and r.id = (select max(r2.id) from pairs_rounds r2 where r2.team_id = g.team_id and r2.channel_id = g.channel_id)
        order by r.round_at desc limit 3""", user, team, user));
    if (groups.isEmpty()) {
      return List.of();
    }
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(Blocks.section("*" + t.t("pairs.home.title") + "*"));
    DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(t.lang().locale());
    for (Map<String, Object> g : groups) {
      String others = g.get("others") == null ? "" : String.join(", ",
          List.of(((String) g.get("others")).split(" ")).stream().map(Mrkdwn::user).toList());
      String when = date.format(Instant.ofEpochMilli(((Number) g.get("round_at")).longValue()).atZone(zone));
      blocks.add(Blocks.section(t.t("pairs.home.group", others, Mrkdwn.channel((String) g.get("channel_id")), when)));
    }
    return blocks;
  }
}
