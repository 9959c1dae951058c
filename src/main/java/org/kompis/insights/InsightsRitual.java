package org.kompis.insights;

import com.slack.api.bolt.App;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;
import org.kompis.core.Background;
import org.kompis.core.Home;
import org.kompis.core.InsightsSettings;
import org.kompis.core.Privacy;
import org.kompis.core.Ritual;
import org.kompis.core.Speech;
import org.kompis.core.Zones;
import org.kompis.roles.Roles;
import org.kompis.scheduling.Scheduler;
import org.kompis.slack.Directory;
import org.kompis.slack.SlackGateway;

/** Installs the Slack side of the insights: the managers' App Home section, its buttons, the monthly report. */
public final class InsightsRitual implements Ritual {
    private final App app;
    private final Scheduler scheduler;
    private final Home home;
    private final Privacy privacy;
    private final Roles roles;
    private final Background background;
    private final Summary summary;
    private final Subscriptions subscriptions;
    private final MonthlyReport report;
    private final String publicUrl;
    private final SlackGateway slack;
    private final Speech speech;

    public InsightsRitual(
            App app,
            Scheduler scheduler,
            Home home,
            Privacy privacy,
            Jdbi jdbi,
            SlackGateway slack,
            Directory directory,
            Speech speech,
            Roles roles,
            Clock clock,
            Background background,
            Zones zones,
            InsightsSettings settings) {
        this.app = app;
        this.scheduler = scheduler;
        this.home = home;
        this.privacy = privacy;
        this.roles = roles;
        this.background = background;
        this.publicUrl = settings.publicUrl();
        this.slack = slack;
        this.speech = speech;
        this.summary = new Summary(jdbi, directory, clock, zones::zone, new Gate(settings.minGroup()));
        this.subscriptions = new Subscriptions(jdbi, scheduler, clock, zones::zone);
        this.report =
                new MonthlyReport(jdbi, slack, roles, summary, speech::user, clock, zones::zone, settings.publicUrl());
    }

    @Override
    public void install() {
        privacy.add(new InsightsPersonalData());
        scheduler.onSchedule(Subscriptions.RITUAL, report::run);
        home.add(new InsightsHome(roles, summary, subscriptions, publicUrl));
        for (String action : new String[] {InsightsHome.REPORT_ON, InsightsHome.REPORT_OFF}) {
            app.blockAction(action, (req, ctx) -> {
                String team = req.getPayload().getTeam().getId();
                String user = req.getPayload().getUser().getId();
                background.later("Turning the monthly learning report " + action, () -> {
                    // Asked of Slack afresh: an admin flag taken away since the Home tab was drawn counts.
                    String refused = roles.notManagerNow(team, user, speech.user(team, user));
                    if (refused != null) {
                        slack.team(team).tell(null, user, refused, null);
                        return;
                    }
                    subscriptions.set(team, user, InsightsHome.REPORT_ON.equals(action));
                    home.publish(team, user);
                });
                return ctx.ack();
            });
        }
        // The page's "open" button is a link; Slack still sends its click, which needs an answer.
        app.blockAction("insights_open", (req, ctx) -> ctx.ack());
    }
}
