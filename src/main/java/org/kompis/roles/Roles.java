package org.kompis.roles;

import java.util.Set;
import org.kompis.slack.Directory;
import org.kompis.slack.SlackCallException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who is a manager: workspace admins and owners, plus the users and the user group named in config. Asked on the
 * server at every step that needs it, never taken from what a button or modal carries.
 */
public final class Roles {
  private static final Logger log = LoggerFactory.getLogger(Roles.class);

  private final Directory directory;
  private final Set<String> managerIds;
  private final String managerGroup;

  public Roles(Directory directory, Set<String> managerIds, String managerGroup) {
    this.directory = directory;
    this.managerIds = Set.copyOf(managerIds);
    this.managerGroup = managerGroup;
  }

  public boolean isManager(String teamId, String userId) {
    if (userId == null) {
      return false;
    }
    if (managerIds.contains(userId)) {
      return true;
    }
    try {
      if (managerGroup != null && directory.userGroup(teamId, managerGroup).contains(userId)) {
        return true;
      }
    } catch (SlackCallException e) {
      // No usergroups:read scope, or Slack is down: fall back to admins and config, and say why once.
      log.warn("Could not read the managers' user group @{}: {}", managerGroup, e.error());
    }
    return directory.user(teamId, userId).workspaceAdmin();
  }

  /** How a person can become a manager, for the message that refuses them. */
  public String managerGroup() {
    return managerGroup;
  }
}
