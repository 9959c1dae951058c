package org.kompis.core;

import java.time.ZoneId;
import java.util.Set;
import org.kompis.i18n.Lang;
import org.kompis.scheduling.Holidays;

/**
 * How one Slack workspace (or one Enterprise Grid org) has Kompis: its bot token, its managers, its default
 * language, time zone and holiday calendar, and how fast Kompis may post there. Looked up by team id through
 * {@link Workspaces}; nothing reads these from the configuration directly.
 *
 * @param teamId the workspace, or null for the settings every workspace falls back to
 * @param enterpriseId the Enterprise Grid org, or null
 * @param managerUserIds users who are managers besides the workspace's admins and owners
 * @param managerUserGroup the handle of the user group whose members are managers, or null
 * @param messagesPerSecond the most channel posts a second
 * @param retentionDays how long what people wrote is kept; 0 keeps it until it is deleted
 */
public record WorkspaceSettings(
        String teamId,
        String enterpriseId,
        String botToken,
        Set<String> managerUserIds,
        String managerUserGroup,
        Lang defaultLanguage,
        ZoneId timeZone,
        Holidays holidays,
        double messagesPerSecond,
        int retentionDays) {

    public WorkspaceSettings {
        managerUserIds = Set.copyOf(managerUserIds);
    }

    /** The public holidays of the zone's country: Norway's in Oslo, Sweden's in Stockholm, none elsewhere. */
    public static Holidays holidaysOf(ZoneId zone) {
        return switch (zone.getId()) {
            case "Europe/Oslo" -> Holidays.NORWAY;
            case "Europe/Stockholm" -> Holidays.SWEDEN;
            default -> Holidays.NONE;
        };
    }
}
