package org.kompis.pairing;

import com.slack.api.model.block.LayoutBlock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.kompis.core.HomeSection;
import org.kompis.i18n.Texts;
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
        RoundStore store = jdbi.onDemand(RoundStore.class);
        List<RoundStore.HomeGroup> groups = store.latestGroupsOf(team, user);
        if (groups.isEmpty()) {
            return List.of();
        }
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(Blocks.section("*" + t.t("pairs.home.title") + "*"));
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(t.lang().locale());
        for (RoundStore.HomeGroup g : groups) {
            String others = String.join(
                    ", ",
                    store.groupMembers(g.id()).stream()
                            .filter(m -> !m.equals(user))
                            .map(Mrkdwn::user)
                            .toList());
            String when = date.format(Instant.ofEpochMilli(g.roundAt()).atZone(zone));
            blocks.add(Blocks.section(t.t("pairs.home.group", others, Mrkdwn.channel(g.channelId()), when)));
        }
        return blocks;
    }
}
