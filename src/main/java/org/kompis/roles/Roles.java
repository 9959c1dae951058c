package org.kompis.roles;

import java.util.Set;
import java.util.function.Function;
import org.kompis.slack.Directory;
import org.kompis.slack.SlackCallException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who is a manager: workspace admins and owners, plus the users and the user group named in the workspace's
 * settings. Asked on the server at every step that needs it, never taken from what a button or modal carries.
 */
public final class Roles {
    private static final Logger log = LoggerFactory.getLogger(Roles.class);

    /** The managers a workspace's settings name: users, and the handle of a user group (or null). */
    public record Managers(Set<String> userIds, String userGroup) {}

    private final Directory directory;
    private final Function<String, Managers> managers;

    /** @param managers the named managers of a team, from its workspace settings */
    public Roles(Directory directory, Function<String, Managers> managers) {
        this.directory = directory;
        this.managers = managers;
    }

    public boolean isManager(String teamId, String userId) {
        if (userId == null) {
            return false;
        }
        Managers named = managers.apply(teamId);
        if (named.userIds().contains(userId)) {
            return true;
        }
        String group = named.userGroup();
        try {
            if (group != null && directory.userGroup(teamId, group).contains(userId)) {
                return true;
            }
        } catch (SlackCallException e) {
            // No usergroups:read scope, or Slack is down: fall back to admins and config, and say why once.
            log.warn("Could not read the managers' user group @{}: {}", group, e.error());
        }
        return directory.user(teamId, userId).workspaceAdmin();
    }

    /** How a person in {@code teamId} can become a manager, for the message that refuses them. */
    public String managerGroup(String teamId) {
        return managers.apply(teamId).userGroup();
    }
}
