package org.kompis.app;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.TokensRevokedEvent;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Jdbi;
import org.kompis.core.Config;
import org.kompis.core.WorkspaceSettings;
import org.kompis.core.Workspaces;
import org.kompis.i18n.Lang;
import org.kompis.i18n.Messages;
import org.kompis.install.Installations;
import org.kompis.install.OAuthFlow;
import org.kompis.install.OAuthStates;
import org.kompis.install.OrgChannels;
import org.kompis.install.TokenCipher;
import org.kompis.install.Uninstall;
import org.kompis.install.WorkspaceStops;
import org.kompis.slack.Events;
import org.kompis.slack.SlackCallException;
import org.kompis.slack.SlackGateway;

/**
 * Which workspaces Kompis serves, and with which token: one workspace's {@code SLACK_BOT_TOKEN}, or every workspace
 * installed through "Add to Slack" (README > Many workspaces). Wired once, at start.
 */
final class Tenancy {
    private final Config config;
    private final Installations installs;
    private final Jdbi jdbi;
    private final Clock clock;
    private final Set<String> knownOrgs = ConcurrentHashMap.newKeySet();
    private final WorkspaceStops stops;

    private Tenancy(Config config, Installations installs, Jdbi jdbi, Clock clock) {
        this.config = config;
        this.installs = installs;
        this.jdbi = jdbi;
        this.clock = clock;
        this.stops = new WorkspaceStops(jdbi, clock);
    }

    static Tenancy of(Config config, Jdbi jdbi, Slack slack, Clock clock) {
        if (!config.manyWorkspaces()) {
            return new Tenancy(config, null, jdbi, clock);
        }
        TokenCipher cipher =
                TokenCipher.of(config.installs().secretKey(), config.installs().previousSecretKey());
        return new Tenancy(
                config,
                new Installations(jdbi, cipher, OAuthFlow.refresher(slack, config.oauth()), clock),
                jdbi,
                clock);
    }

    /**
     * One workspace: {@code tokens}, except for a workspace that uninstalled Kompis: nothing more is sent there. (With
     * many workspaces the uninstall deleted the token itself.)
     */
    SlackGateway.Tokens guard(SlackGateway.Tokens tokens) {
        return team -> {
            if (stops.uninstalled(team)) {
                throw new SlackCallException("auth.test", "not_installed", null);
            }
            return tokens.botToken(team);
        };
    }

    /** The bot token of a workspace, for every Web API call. */
    SlackGateway.Tokens tokens() {
        if (installs == null) {
            return team -> config.botToken();
        }
        return team ->
                installs.botToken(team).orElseThrow(() -> new SlackCallException("auth.test", "not_installed", null));
    }

    /**
     * The file's settings for every workspace; with many workspaces, each with its own team id, org and its
     * installation's token.
     */
    Workspaces workspaces(Workspaces file) {
        if (installs == null) {
            return file;
        }
        return (team, enterprise) -> {
            WorkspaceSettings d = file.of(team, enterprise);
            String token = team == null ? null : installs.botToken(team).orElse(null);
            return new WorkspaceSettings(
                    team,
                    enterprise,
                    token,
                    d.managerUserIds(),
                    d.managerUserGroup(),
                    d.defaultLanguage(),
                    d.timeZone(),
                    d.holidays(),
                    d.messagesPerSecond(),
                    d.retentionDays());
        };
    }

    /** "Add to Slack", or null in single-workspace mode. */
    OAuthFlow flow(App app, Messages messages, Lang fallback) {
        return installs == null
                ? null
                : new OAuthFlow(
                        app, installs, new OAuthStates(jdbi, clock), config.installs(), messages, fallback, clock);
    }

    /**
     * Remembers each workspace's org as requests come in, serves a channel shared within an org as its home
     * workspace's ({@link SharedChannels}), and stops a workspace at once when it uninstalls (in both
     * modes) or when Slack refuses its token ({@link AccessLoss}).
     */
    void use(App app, Kit kit) {
        Events events = kit.events();
        app.use((req, resp, chain) -> {
            String e = req.getContext().getEnterpriseId();
            String t = req.getContext().getTeamId();
            if (installs != null && e != null && t != null && !t.equals(e) && knownOrgs.add(t + "/" + e)) {
                installs.rememberOrg(e, t);
            }
            if (stops.uninstalled(t) && !AccessLoss.isUninstall(req)) {
                // Slack only sends requests from a workspace where Kompis is installed: it was installed again.
                stops.clear(t);
            }
            return chain.next(req);
        });
        if (installs != null) {
            app.use(new SharedChannels(
                    new OrgChannels(jdbi, clock), stops, installs::installedOrgWide, kit.slack(), events));
        }
        new AccessLoss(stops, kit).install();
        kit.privacy().add(new UninstalledData());
        Uninstall uninstall = new Uninstall(jdbi, installs, stops, clock);
        events.on(AppUninstalledEvent.class, p -> uninstall.run(p.getEnterpriseId(), p.getTeamId()));
        events.on(TokensRevokedEvent.class, p -> {
            var bots = p.getEvent().getTokens() == null
                    ? null
                    : p.getEvent().getTokens().getBot();
            if (bots != null && !bots.isEmpty()) {
                uninstall.run(p.getEnterpriseId(), p.getTeamId());
            }
        });
    }
}
