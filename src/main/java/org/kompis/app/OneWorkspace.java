package org.kompis.app;

import org.kompis.core.Config;
import org.kompis.core.WorkspaceSettings;
import org.kompis.core.Workspaces;

/** One workspace's settings, from the environment and the YAML file, whichever team asks. */
final class OneWorkspace implements Workspaces {
    private final WorkspaceSettings settings;

    OneWorkspace(Config config) {
        this.settings = new WorkspaceSettings(
                null,
                null,
                config.botToken(),
                config.managerUserIds(),
                config.managerUserGroup(),
                config.defaultLanguage(),
                config.defaultTimeZone(),
                WorkspaceSettings.holidaysOf(config.defaultTimeZone()),
                config.messagesPerSecond(),
                config.retentionDays());
    }

    @Override
    public WorkspaceSettings of(String teamId, String enterpriseId) {
        return settings;
    }
}
