package org.kompis.app;

import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.kompis.install.OrgChannels;
import org.kompis.install.WorkspaceStops;
import org.kompis.slack.Events;
import org.kompis.slack.SlackGateway;
import org.kompis.slack.Triggers;

/**
 * Enterprise Grid, installed for the whole org: a channel shared between workspaces of the org is one channel. A
 * command or click in a channel of the org, from whichever of its workspaces, is served as the channel's home
 * workspace's ({@link OrgChannels}):
 * the payload's team is the home's before any listener reads it, so every ritual keeps one schedule, one set of rows
 * and one prompt per channel, and checks the home's manager rights at every step. A form opened from such a request
 * is remembered, and its submission and clicks are served as the home's too. Slack Connect channels shared with
 * another org arrive with another enterprise id, and stay that org's (or are external, by the guest rule).
 */
final class SharedChannels implements Middleware {
    private static final long KEEP_NANOS = 60_000_000_000L;
    private static final Set<String> WORKSPACE_COMMANDS = Set.of("settings", "resume");

    /** A trigger served as a home's, for the seconds it lives: the form it opens belongs to the home. */
    private record Served(String enterprise, String home, long at) {}

    private final OrgChannels channels;
    private final WorkspaceStops stops;
    private final Predicate<String> orgWide;
    private final Map<String, Served> triggers = new ConcurrentHashMap<>();

    SharedChannels(
            OrgChannels channels,
            WorkspaceStops stops,
            Predicate<String> orgWide,
            SlackGateway gateway,
            Events events) {
        this.channels = channels;
        this.stops = stops;
        this.orgWide = orgWide;
        // An event in a channel (a member joined, the channel was deleted or made private) is the home's too. In a
        // shared channel Slack may name the workspace the channel came from as its team_id: any of the org's maps
        // to the home.
        events.serveAs(
                (org, team, channel) -> org.equals(team) || !orgWide.test(org) ? team : home(org, channel, team));
        gateway.onFormOpened((trigger, view) -> {
            Served s = trigger == null ? null : triggers.remove(trigger);
            if (s != null && view != null) {
                channels.formOpened(view, s.enterprise(), s.home());
            }
        });
    }

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        String org = req.getContext().getEnterpriseId();
        String team = req.getContext().getTeamId();
        if (org == null || team == null || org.equals(team) || !orgWide.test(org)) {
            // Installed workspace by workspace, each workspace's token answers its own people's triggers and posts
            // as its own bot: such an org's workspaces keep their own side of a shared channel.
            return chain.next(req);
        }
        if (req instanceof SlashCommandRequest c
                && !forTheWorkspace(c.getPayload().getCommand(), c.getPayload().getText())) {
            var p = c.getPayload();
            String home = home(org, p.getChannelId(), team);
            if (!home.equals(team)) {
                p.setTeamId(home);
                served(p.getTriggerId(), org, home);
            }
        } else if (req instanceof BlockActionRequest b && b.getPayload().getTeam() != null) {
            var p = b.getPayload();
            String channel = Triggers.channelOf(p);
            String home = channel != null
                    ? home(org, channel, team)
                    : formHome(p.getView(), org).orElse(team);
            if (!home.equals(team)) {
                p.getTeam().setId(home);
                served(p.getTriggerId(), org, home);
            }
        } else if (req instanceof ViewSubmissionRequest v && v.getPayload().getTeam() != null) {
            var p = v.getPayload();
            formHome(p.getView(), org).ifPresent(home -> p.getTeam().setId(home));
        }
        return chain.next(req);
    }

    /**
     * What an admin does for their own workspace, wherever they type it: its settings, and resuming its schedules
     * after a lost token. Rights and settings stay per workspace.
     */
    private static boolean forTheWorkspace(String command, String text) {
        String first = text == null ? "" : text.trim().split("\\s+")[0].toLowerCase(Locale.ROOT);
        return "/kompis".equals(command) && WORKSPACE_COMMANDS.contains(first);
    }

    /** A person's direct messages stay with the workspace they are in: only channels have a home. */
    private String home(String org, String channel, String team) {
        if (channel == null || channel.startsWith("D")) {
            return team;
        }
        String home = channels.home(org, channel, team);
        // A home that removed Kompis would hold the channel's work paused for good: the workspace asking takes over.
        return home.equals(team) || !stops.uninstalled(home) ? home : channels.moveHome(org, channel, home, team);
    }

    /** The home a form was opened for, when it was opened from a request served as a shared channel's home. */
    private Optional<String> formHome(View view, String org) {
        if (view == null) {
            return Optional.empty();
        }
        return channels.formHome(view.getId(), org).or(() -> channels.formHome(view.getRootViewId(), org));
    }

    private void served(String trigger, String org, String home) {
        if (trigger != null) {
            long now = System.nanoTime();
            triggers.values().removeIf(s -> now - s.at() > KEEP_NANOS);
            triggers.put(trigger, new Served(org, home, now));
        }
    }
}
