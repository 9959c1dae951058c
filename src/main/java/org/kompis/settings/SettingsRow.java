package org.kompis.settings;

/**
 * A row of {@code workspace_settings}: what a workspace's admins changed. A null field follows the configuration
 * file.
 *
 * @param retentionDays days what people wrote is kept, 0 for until deleted, null for the file's value
 */
public record SettingsRow(
        String teamId,
        String lang,
        String timeZone,
        String holidays,
        String managerGroup,
        Integer retentionDays,
        String updatedBy,
        long updatedAt) {}
