package org.kompis.app;

import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.EventRequest;
import java.util.Set;
import org.kompis.core.CommandCall;
import org.kompis.core.Commands;
import org.kompis.install.WorkspaceStops;
import org.kompis.slack.SlackCallException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack refuses a workspace's token ({@code invalid_auth}, {@code token_revoked}, {@code account_inactive},
 * {@code ekm_access_denied}): rather than fail every week, its schedules are paused, the error is logged once, and the
 * managers named in the settings are told once (a DM may fail too: the log line is the message that always arrives).
 * A manager's {@code /kompis resume} starts the schedules again once access works.
 */
final class AccessLoss {
    private static final Logger log = LoggerFactory.getLogger(AccessLoss.class);
    private static final Set<String> UNINSTALL_EVENTS = Set.of("app_uninstalled", "tokens_revoked");

    private final WorkspaceStops stops;
    private final Kit kit;

    AccessLoss(WorkspaceStops stops, Kit kit) {
        this.stops = stops;
        this.kit = kit;
    }

    void install() {
        kit.slack().onAccessLost((team, error) -> {
            if (team != null && stops.accessLost(team, error)) {
                log.error(
                        "Slack refuses Kompis's token for workspace {} ({}): its schedules are paused. "
                                + "Reinstall Kompis or fix the token, then a manager types /kompis resume",
                        team,
                        error);
                kit.background().later("Telling the managers that Slack refused the token", () -> tell(team, error));
            }
        });
        kit.commands().register(Commands.KOMPIS, "resume", "resume", "help.cmd.resume", this::resume);
    }

    static boolean isUninstall(Request<?> req) {
        return req instanceof EventRequest e && UNINSTALL_EVENTS.contains(e.getEventType());
    }

    private void tell(String team, String error) {
        if (!stops.claimTelling(team)) {
            return;
        }
        for (String manager : kit.workspaces().of(team).managerUserIds()) {
            try {
                kit.slack()
                        .team(team)
                        .dm(manager, kit.speech().user(team, manager).t("workspace.access_lost", error), null);
            } catch (SlackCallException | IllegalStateException e) {
                log.warn("Could not tell a manager that Slack refused the token: {}", e.getMessage());
            }
        }
    }

    private void resume(CommandCall call) {
        if (!call.requireManager()) {
            return;
        }
        stops.clear(call.teamId());
        int started = kit.scheduler().resumeTeam(call.teamId());
        call.reply(started == 0 ? call.t("workspace.resume.nothing") : call.t("workspace.resume.done", started));
    }
}
