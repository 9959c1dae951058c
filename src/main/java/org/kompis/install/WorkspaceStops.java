package org.kompis.install;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Why a workspace's work is stopped ({@code workspace_stops}): it uninstalled Kompis, or Slack refuses its token. Both
 * pause its schedules; each is recorded once however often, and in whatever order, Slack says so. A workspace that
 * uninstalled is not called again (in one-workspace mode too, where the token is the settings'), until a reinstall.
 */
public final class WorkspaceStops {
    private final Jdbi jdbi;
    private final Clock clock;
    private final Set<String> uninstalled = ConcurrentHashMap.newKeySet();

    public WorkspaceStops(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
        uninstalled.addAll(jdbi.withHandle(
                h -> h.createQuery("select team_id from workspace_stops where uninstalled_at is not null")
                        .mapTo(String.class)
                        .list()));
    }

    /** Whether the workspace removed Kompis: nothing is sent to it any more. */
    public boolean uninstalled(String teamId) {
        return teamId != null && uninstalled.contains(teamId);
    }

    /** Records an uninstall in {@code h}'s transaction; a repeat keeps the first time, from which retention counts. */
    void markUninstalled(Handle h, String teamId, long now) {
        h.createUpdate("insert into workspace_stops(team_id, uninstalled_at) values (:t, :now) "
                        + "on conflict(team_id) do update set uninstalled_at = "
                        + "coalesce(workspace_stops.uninstalled_at, :now)")
                .bind("t", teamId)
                .bind("now", now)
                .execute();
        uninstalled.add(teamId);
    }

    /**
     * Slack refused the workspace's token: pauses its schedules. True only the first time, so the managers are told
     * once, not on every call that fails after it.
     */
    public boolean accessLost(String teamId, String error) {
        long now = clock.millis();
        return jdbi.inTransaction(h -> {
            h.createUpdate("insert into workspace_stops(team_id) values (:t) on conflict(team_id) do nothing")
                    .bind("t", teamId)
                    .execute();
            int first = h.createUpdate("update workspace_stops set access_lost_at = :now, access_error = :e "
                            + "where team_id = :t and access_lost_at is null")
                    .bind("t", teamId)
                    .bind("now", now)
                    .bind("e", error)
                    .execute();
            if (first == 1) {
                h.createUpdate("update schedules set paused = 1 where team_id = :t")
                        .bind("t", teamId)
                        .execute();
            }
            return first == 1;
        });
    }

    /** True when this call is the one that may tell the managers (once per loss of access). */
    public boolean claimTelling(String teamId) {
        return jdbi.withHandle(h -> h.createUpdate("update workspace_stops set admin_told_at = :now "
                                + "where team_id = :t and admin_told_at is null")
                        .bind("t", teamId)
                        .bind("now", clock.millis())
                        .execute())
                == 1;
    }

    /** A reinstall, or a manager's {@code /kompis resume}: the workspace is served again. */
    public void clear(String teamId) {
        jdbi.useHandle(h -> h.createUpdate("delete from workspace_stops where team_id = :t")
                .bind("t", teamId)
                .execute());
        uninstalled.remove(teamId);
    }

    /** Workspaces that uninstalled before {@code cutoff}: their data is due to be purged. */
    public List<String> uninstalledBefore(long cutoff) {
        return jdbi.withHandle(h -> h.createQuery(
                        "select team_id from workspace_stops where uninstalled_at is not null and uninstalled_at < :c")
                .bind("c", cutoff)
                .mapTo(String.class)
                .list());
    }
}
