package org.kompis.insights;

import com.slack.api.model.block.LayoutBlock;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.kompis.i18n.Texts;
import org.kompis.roles.Roles;
import org.kompis.scheduling.Schedule;
import org.kompis.slack.Blocks;
import org.kompis.slack.SlackCallException;
import org.kompis.slack.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The monthly learning report by DM: for each manager who asked for it, the three numbers that moved and a link to
 * the page. The (workspace, manager, month) row is claimed before the DM is sent, so a second run, a restart or a
 * second replica sends nothing; a DM whose outcome is unknown is not sent again.
 */
final class MonthlyReport {
    private static final Logger log = LoggerFactory.getLogger(MonthlyReport.class);

    /** The texts of one manager, in their language. */
    interface TextsOf {
        Texts of(String team, String user);
    }

    private final Jdbi jdbi;
    private final SlackGateway slack;
    private final Roles roles;
    private final Summary summary;
    private final TextsOf texts;
    private final Clock clock;
    private final Function<String, ZoneId> zoneOf;
    private final String publicUrl;

    MonthlyReport(
            Jdbi jdbi,
            SlackGateway slack,
            Roles roles,
            Summary summary,
            TextsOf texts,
            Clock clock,
            Function<String, ZoneId> zoneOf,
            String publicUrl) {
        this.jdbi = jdbi;
        this.slack = slack;
        this.roles = roles;
        this.summary = summary;
        this.texts = texts;
        this.clock = clock;
        this.zoneOf = zoneOf;
        this.publicUrl = publicUrl;
    }

    void run(Schedule schedule, Instant plannedFor) {
        String team = schedule.teamId();
        String month = YearMonth.from(plannedFor.atZone(zoneOf.apply(team))).toString();
        InsightsStore store = jdbi.onDemand(InsightsStore.class);
        for (String user : store.subscribers(team)) {
            if (!roles.isManager(team, user) || store.claimReport(team, user, month, clock.millis()) == 0) {
                continue;
            }
            try {
                Texts t = texts.of(team, user);
                String dm = slack.team(team).openConversation(List.of(user));
                slack.team(team).post(dm, null, t.t("insights.title"), blocks(t, summary.moves(team, user, 3)));
                store.reportSent(team, user, month, clock.millis());
            } catch (SlackCallException e) {
                log.warn("The monthly learning report could not be sent: {}", e.error(), e);
            }
        }
    }

    List<LayoutBlock> blocks(Texts t, List<Movers.Move> moves) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(Blocks.header(t.t("insights.title")));
        List<String> lines = Movers.lines(moves, m -> t.t("insights.measure." + m));
        blocks.add(Blocks.section(
                lines.isEmpty()
                        ? t.t("insights.home.still")
                        : t.t("insights.home.moved", Movers.SPAN) + "\n"
                                + String.join(
                                        "\n", lines.stream().map(l -> "• " + l).toList()),
                InsightsHome.link(t, publicUrl)));
        blocks.add(Blocks.context(t.t("insights.report.dm_footer")));
        return blocks;
    }
}
