package org.kompis.aar;

import com.slack.api.model.block.LayoutBlock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kompis.core.HomeSection;
import org.kompis.core.Zones;
import org.kompis.i18n.Texts;
import org.kompis.slack.Blocks;
import org.kompis.slack.Mrkdwn;

/** App Home: my open action items, soonest due first, as {@code /aar actions} lists them. */
final class AarHome implements HomeSection {
    static final int SHOWN = 8;

    private final AarStore store;
    private final Zones zones;

    AarHome(AarStore store, Zones zones) {
        this.store = store;
        this.zones = zones;
    }

    @Override
    public List<LayoutBlock> render(String team, String user, Texts t) {
        List<ActionItem> mine = store.openItemsOwnedBy(team, user);
        if (mine.isEmpty()) {
            return List.of();
        }
        Map<Long, Review> reviews = new HashMap<>();
        StringBuilder sb = new StringBuilder();
        for (ActionItem i : mine.subList(0, Math.min(SHOWN, mine.size()))) {
            Review r = reviews.computeIfAbsent(
                    i.reviewId(), id -> store.review(team, id).orElseThrow());
            sb.append("• ")
                    .append(t.t(
                            "aar.actions.line",
                            Mrkdwn.escape(i.what(), 150),
                            Deadlines.date(t, i.due()),
                            Mrkdwn.escape(r.title(), 80),
                            Mrkdwn.channel(r.channelId())));
            if (i.due().isBefore(zones.today(team))) {
                sb.append(' ').append(t.t("aar.actions.overdue"));
            }
            sb.append('\n');
        }
        String more = mine.size() > SHOWN ? t.t("home.actions.more", mine.size() - SHOWN) : t.t("aar.actions.footer");
        return List.of(
                Blocks.section(t.t("aar.actions.title")),
                Blocks.section(sb.toString().trim()),
                Blocks.context(more));
    }
}
