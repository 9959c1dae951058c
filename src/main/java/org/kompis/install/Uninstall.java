package org.kompis.install;

import java.time.Clock;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A workspace removes Kompis ({@code app_uninstalled}, or {@code tokens_revoked} for its bot). At once, in one
 * transaction: its tokens are deleted, its schedules paused, its pending reminders and follow-ups dropped and its
 * unsent posts failed as "uninstalled". What people wrote stays until the retention period or a deletion request
 * removes it (README > Many workspaces), so a reinstall carries on. No other workspace's row is touched. For an
 * org-wide install ({@code team} null) this covers every workspace of the org Kompis has seen. In one-workspace mode
 * ({@code installs} null) the token is the settings', so it is not deleted but never used again: the workspace is
 * recorded as uninstalled, and its data is purged {@code retention_days} after that (README > Your data).
 */
public final class Uninstall {
    private static final Logger log = LoggerFactory.getLogger(Uninstall.class);

    private final Jdbi jdbi;
    private final Installations installs;
    private final WorkspaceStops stops;
    private final Clock clock;

    public Uninstall(Jdbi jdbi, Installations installs, WorkspaceStops stops, Clock clock) {
        this.jdbi = jdbi;
        this.installs = installs;
        this.stops = stops;
        this.clock = clock;
    }

    public void run(String enterpriseId, String teamId) {
        long now = clock.millis();
        jdbi.useTransaction(h -> {
            List<String> teams = teamId != null
                    ? List.of(teamId)
                    : h.createQuery("select team_id from workspace_orgs where enterprise_id = :e")
                            .bind("e", enterpriseId)
                            .mapTo(String.class)
                            .list();
            if (installs != null) {
                installs.deleteAll(enterpriseId, teamId);
            }
            for (String team : teams) {
                stops.markUninstalled(h, team, now);
                h.createUpdate("update schedules set paused = 1 where team_id = :t")
                        .bind("t", team)
                        .execute();
                h.createUpdate("update timers set fired_at = :now where team_id = :t and fired_at is null")
                        .bind("t", team)
                        .bind("now", now)
                        .execute();
                h.createUpdate("update outbox set status = 'failed', error = 'uninstalled' where team_id = :t "
                                + "and status = 'pending'")
                        .bind("t", team)
                        .execute();
            }
        });
        log.info(
                "Kompis was removed from workspace {} (org {}): tokens deleted, schedules paused",
                teamId,
                enterpriseId);
    }
}
