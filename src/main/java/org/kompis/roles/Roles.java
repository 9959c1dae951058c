package org.kompis.roles;

import java.util.Set;
import java.util.function.Function;
import org.kompis.i18n.Texts;
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

    /** The answer to a right checked when a form is sent or a button clicked: Slack may be unable to say now. */
    public enum Now {
        YES,
        NO,
        UNKNOWN
    }

    public boolean isManager(String teamId, String userId) {
        return isManager(teamId, userId, false);
    }

    /**
     * Whether the person is a manager now, for a form being sent or a button that needs the right: Slack is asked
     * afresh, so an admin flag taken away after the form opened counts. When Slack cannot answer, the last known
     * answer (at most a few minutes old) stands.
     */
    public boolean isManagerNow(String teamId, String userId) {
        try {
            return isManager(teamId, userId, true);
        } catch (SlackCallException e) {
            log.warn("Could not check a manager's rights: {}", e.error());
            return false;
        }
    }

    /**
     * Whether the person may still act in the channel: they are in it now (asked afresh for a private channel, and for
     * a guest or someone from another organisation anywhere). Someone removed from a private channel cannot answer
     * into its threads through a form they opened before.
     */
    public Now inChannelNow(String teamId, String channelId, String userId) {
        try {
            boolean outsider = directory.user(teamId, userId).outsider();
            return directory.inChannelNow(teamId, channelId, userId, outsider) ? Now.YES : Now.NO;
        } catch (SlackCallException e) {
            log.warn("Could not check who is in a channel now: {}", e.error());
            return Now.UNKNOWN;
        }
    }

    /** Why the person may not do what needs a manager now, in their language; null when they may. */
    public String notManagerNow(String teamId, String userId, Texts t) {
        if (isManagerNow(teamId, userId)) {
            return null;
        }
        String group = managerGroup(teamId);
        return group == null ? t.t("roles.managers_only") : t.t("roles.managers_only_group", group);
    }

    /** Why the person may not send into the channel now, in their language; null when they may. */
    public String notInChannelNow(String teamId, String channelId, String userId, Texts t) {
        return switch (inChannelNow(teamId, channelId, userId)) {
            case YES -> null;
            case NO -> t.t("roles.not_in_channel");
            case UNKNOWN -> t.t("roles.check_failed");
        };
    }

    private boolean isManager(String teamId, String userId, boolean now) {
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
        return (now ? directory.userNow(teamId, userId) : directory.user(teamId, userId)).workspaceAdmin();
    }

    /** How a person in {@code teamId} can become a manager, for the message that refuses them. */
    public String managerGroup(String teamId) {
        return managers.apply(teamId).userGroup();
    }
}
