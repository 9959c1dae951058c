package org.kompis.app;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.response.Response;
import org.kompis.core.Config;
import org.kompis.install.OAuthFlow;
import org.kompis.slack.EventDedupe;
import org.kompis.workers.CurrentWorkspace;

/** The Bolt app, and what stands in front of every ritual's listeners in it. */
final class BoltApp {
    private BoltApp() {}

    /** With many workspaces each team's token comes from its installation; with one, from the settings. */
    static App of(Config config, Slack slack) {
        AppConfig.AppConfigBuilder appConfig = AppConfig.builder()
                .slack(slack)
                .signingSecret(config.signingSecret() == null ? "socket-mode" : config.signingSecret())
                // Kompis verifies signatures itself, in front of Bolt (constant-time, both ways in time, UTF-8).
                .requestVerificationEnabled(false)
                .allEventsApiAutoAckEnabled(true)
                .unmatchedRequestHandler(req -> Response.ok());
        return new App(
                config.manyWorkspaces()
                        ? OAuthFlow.configure(appConfig, config.oauth()).build()
                        : appConfig.singleTeamBotToken(config.botToken()).build());
    }

    /**
     * The middleware every request passes before a listener: a private answer when a listener fails, a form will not
     * open or the worker pool refuses a click's work ({@link Answers}), and Slack's retried events dropped.
     */
    static void guard(App app, Kit kit) {
        // The request's workspace, for the work its listener hands the workers (queued in that workspace's lane).
        app.use((req, resp, chain) -> {
            String team = req.getContext().getTeamId();
            try (CurrentWorkspace.Scope ignored = CurrentWorkspace.enter(
                    team != null ? team : req.getContext().getEnterpriseId())) {
                return chain.next(req);
            }
        });
        Answers.install(app, kit);
        app.use(new EventDedupe(kit.jdbi(), kit.clock()));
    }
}
