package org.kompis.pairing;

import com.slack.api.model.block.LayoutBlock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import org.kompis.core.HomeSection;
import org.kompis.core.Zones;
import org.kompis.i18n.Texts;
import org.kompis.slack.Blocks;
import org.kompis.slack.Mrkdwn;

/** "Your learning pair" on the Home tab: the latest group the person is in, per channel pool. */
final class PairsHome implements HomeSection {
    private final RoundStore store;
    private final Zones zones;

    PairsHome(RoundStore store, Zones zones) {
        this.store = store;
        this.zones = zones;
    }

    @Override
    public List<LayoutBlock> render(String team, String user, Texts t) {
        List<RoundStore.HomeGroup> groups = store.latestGroupsOf(team, user);
        if (groups.isEmpty()) {
            return List.of();
        }
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(Blocks.section("*" + t.t("pairs.home.title") + "*"));
        ZoneId zone = zones.zone(team);
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
