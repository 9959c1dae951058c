package org.kompis.app;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.response.Response;
import org.kompis.core.Config;
import org.kompis.install.OAuthFlow;
import org.kompis.slack.EventDedupe;
import org.kompis.slack.Triggers;

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
     * The middleware every request passes before a listener: a private "not saved" when a listener fails, the trigger
     * of each form so that a form Slack would not open is answered in words, and Slack's retried events dropped.
     */
    static void guard(App app, Kit kit) {
        app.use(new FailSafe(
                (team, user) -> team == null
                        ? kit.messages().in(kit.config().defaultLanguage())
                        : kit.speech().user(team, user),
                (team, channel, user, url, text) -> kit.background()
                        .later(
                                "A private \"not saved\"",
                                () -> kit.slack().team(team).respond(url, false, channel, user, text, null))));
        Triggers triggers = new Triggers();
        app.use(triggers);
        kit.slack()
                .onFormNotOpened((trigger, error) -> triggers.of(trigger)
                        .ifPresent(o -> kit.slack()
                                .team(o.teamId())
                                .respond(
                                        o.responseUrl(),
                                        false,
                                        o.channelId(),
                                        o.userId(),
                                        kit.speech()
                                                .user(o.teamId(), o.userId())
                                                .t("common.form_not_opened"),
                                        null)));
        app.use(new EventDedupe(kit.jdbi(), kit.clock()));
    }
}
