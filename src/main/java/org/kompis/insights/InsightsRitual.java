package org.kompis.insights;

import org.kompis.core.InsightsSettings;
import org.kompis.core.Kit;
import org.kompis.core.Ritual;

/** Installs the Slack side of the insights: the managers' App Home section, its buttons, the monthly report. */
public final class InsightsRitual implements Ritual {
    @Override
    public void install(Kit kit) {
        InsightsSettings settings = kit.config().insights();
        var zone = kit.config().defaultTimeZone();
        Summary summary = new Summary(kit.jdbi(), kit.directory(), kit.clock(), zone, new Gate(settings.minGroup()));
        Subscriptions subscriptions = new Subscriptions(kit.jdbi(), kit.scheduler(), kit.clock(), zone);
        MonthlyReport report = new MonthlyReport(
                kit.jdbi(), kit.slack(), kit.roles(), summary, kit::userTexts, kit.clock(), zone, settings.publicUrl());
        kit.privacy().add(new InsightsPersonalData());
        kit.scheduler().onSchedule(Subscriptions.RITUAL, report::run);
        kit.home().add(new InsightsHome(kit.roles(), summary, subscriptions, settings.publicUrl()));
        for (String action : new String[] {InsightsHome.REPORT_ON, InsightsHome.REPORT_OFF}) {
            kit.app().blockAction(action, (req, ctx) -> {
                String team = req.getPayload().getTeam().getId();
                String user = req.getPayload().getUser().getId();
                kit.later("Turning the monthly learning report " + action, () -> {
                    if (kit.roles().isManager(team, user)) {
                        subscriptions.set(team, user, InsightsHome.REPORT_ON.equals(action));
                        kit.home().publish(team, user);
                    }
                });
                return ctx.ack();
            });
        }
        // The page's "open" button is a link; Slack still sends its click, which needs an answer.
        kit.app().blockAction("insights_open", (req, ctx) -> ctx.ack());
    }
}
