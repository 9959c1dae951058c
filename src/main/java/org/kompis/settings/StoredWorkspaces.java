package org.kompis.settings;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Jdbi;
import org.kompis.core.WorkspaceSettings;
import org.kompis.core.Workspaces;
import org.kompis.i18n.Lang;
import org.kompis.scheduling.Holidays;

/**
 * A workspace's settings: its installation's (or the file's) with what its admins chose in Slack laid over them.
 * Looked up on almost every request, so a workspace's result is kept for {@link #TTL}; a save on this replica shows
 * at once, a save on another replica within that time.
 */
public final class StoredWorkspaces implements Workspaces {
    static final Duration TTL = Duration.ofSeconds(30);

    private record Cached(WorkspaceSettings settings, long until) {}

    private final Workspaces base;
    private final Jdbi jdbi;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    /** @param base the settings before a workspace's own choices: the file's, with the installation's token */
    public StoredWorkspaces(Workspaces base, Jdbi jdbi, Clock clock) {
        this.base = base;
        this.jdbi = jdbi;
        this.clock = clock;
    }

    @Override
    public WorkspaceSettings of(String teamId, String enterpriseId) {
        if (teamId == null) {
            return base.of(null, enterpriseId);
        }
        long now = clock.millis();
        Cached hit = cache.get(teamId);
        if (hit != null && hit.until() > now) {
            return hit.settings();
        }
        WorkspaceSettings fresh =
                overlay(base.of(teamId, enterpriseId), store().find(teamId).orElse(null));
        cache.put(teamId, new Cached(fresh, now + TTL.toMillis()));
        return fresh;
    }

    /** What the workspace's admins chose, as stored (null fields follow the file). */
    SettingsRow stored(String teamId) {
        return store().find(teamId).orElse(null);
    }

    /** The file's settings with the installation's token, before a workspace's own choices. */
    WorkspaceSettings defaults(String teamId) {
        return base.of(teamId);
    }

    void save(SettingsRow row) {
        store().save(row);
        cache.remove(row.teamId());
    }

    private SettingsStore store() {
        return jdbi.onDemand(SettingsStore.class);
    }

    static WorkspaceSettings overlay(WorkspaceSettings d, SettingsRow row) {
        if (row == null) {
            return d;
        }
        ZoneId zone = d.timeZone();
        try {
            zone = row.timeZone() == null ? zone : ZoneId.of(row.timeZone());
        } catch (DateTimeException e) {
            // A zone this Java no longer knows: the file's, rather than no answer.
        }
        Holidays holidays = row.holidays() == null
                ? d.holidays()
                : Holidays.parse(row.holidays()).orElse(d.holidays());
        Lang lang = row.lang() == null
                ? d.defaultLanguage()
                : Lang.parse(row.lang()).orElse(d.defaultLanguage());
        // An empty group is a choice (no group); null follows the file.
        String group = row.managerGroup() == null
                ? d.managerUserGroup()
                : row.managerGroup().isEmpty() ? null : row.managerGroup();
        int retention = row.retentionDays() == null ? d.retentionDays() : row.retentionDays();
        return new WorkspaceSettings(
                d.teamId(),
                d.enterpriseId(),
                d.botToken(),
                d.managerUserIds(),
                group,
                lang,
                zone,
                holidays,
                d.messagesPerSecond(),
                retention);
    }
}
