package org.kompis.insights;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.ButtonElement;
import java.util.ArrayList;
import java.util.List;
import org.kompis.core.HomeSection;
import org.kompis.i18n.Texts;
import org.kompis.roles.Roles;
import org.kompis.slack.Blocks;

/** App Home, for managers only: what moved in their channels, the report page, and the monthly DM on or off. */
final class InsightsHome implements HomeSection {
    static final String REPORT_ON = "insights_report_on";
    static final String REPORT_OFF = "insights_report_off";

    private final Roles roles;
    private final Summary summary;
    private final Subscriptions subscriptions;
    private final String publicUrl;

    InsightsHome(Roles roles, Summary summary, Subscriptions subscriptions, String publicUrl) {
        this.roles = roles;
        this.summary = summary;
        this.subscriptions = subscriptions;
        this.publicUrl = publicUrl;
    }

    @Override
    public List<LayoutBlock> render(String team, String user, Texts t) {
        if (!roles.isManager(team, user)) {
            return List.of();
        }
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(Blocks.section("*" + t.t("insights.title") + "*", link(t, publicUrl)));
        List<String> lines = Movers.lines(summary.moves(team, user, 3), m -> t.t("insights.measure." + m));
        blocks.add(Blocks.context(
                lines.isEmpty()
                        ? t.t("insights.home.still")
                        : t.t("insights.home.moved", Movers.SPAN) + "\n" + String.join("\n", lines)));
        boolean on = subscriptions.subscribed(team, user);
        blocks.add(Blocks.section(
                t.t(on ? "insights.report.on" : "insights.report.off"),
                on
                        ? Blocks.button(REPORT_OFF, t.t("insights.report.stop"), "off")
                        : Blocks.button(REPORT_ON, t.t("insights.report.start"), "on")));
        return blocks;
    }

    static ButtonElement link(Texts t, String publicUrl) {
        return ButtonElement.builder()
                .actionId("insights_open")
                .url(publicUrl + "/insights")
                .text(com.slack.api.model.block.composition.BlockCompositions.plainText(t.t("insights.open")))
                .build();
    }
}
