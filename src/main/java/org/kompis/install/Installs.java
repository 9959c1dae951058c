package org.kompis.install;

import java.util.Set;

/**
 * Many-workspace mode (installs through "Add to Slack", no {@code SLACK_BOT_TOKEN}): the key that seals tokens
 * ({@code KOMPIS_SECRET_KEY}), the previous one during a key change, and the workspaces or Enterprise Grid orgs
 * Kompis may be installed in ({@code KOMPIS_ALLOWED_WORKSPACES}; empty = any).
 */
public record Installs(String secretKey, String previousSecretKey, Set<String> allowedWorkspaces) {
    public boolean allows(String enterpriseId, String teamId) {
        return allowedWorkspaces.isEmpty()
                || teamId != null && allowedWorkspaces.contains(teamId)
                || enterpriseId != null && allowedWorkspaces.contains(enterpriseId);
    }

    @Override
    public String toString() {
        return "Installs[allowedWorkspaces=" + allowedWorkspaces + "]";
    }
}
