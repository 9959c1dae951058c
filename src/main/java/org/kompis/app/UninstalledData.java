package org.kompis.app;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.kompis.core.PersonalData;
import org.kompis.i18n.Texts;

/**
 * The data policy after an uninstall: a workspace's data is kept for {@code retention_days} after it removed Kompis
 * (a reinstall within that time carries on), then the nightly purge deletes all of it, from every table that keys its
 * rows by workspace; rows that hang off those go with them (foreign keys cascade, the search index follows its
 * triggers). Without {@code retention_days} nothing is purged, as for everything else. The {@code workspace_stops} row
 * stays, so Kompis still knows not to call that workspace.
 */
final class UninstalledData implements PersonalData {
    private static final Set<String> KEPT = Set.of("workspace_stops");

    @Override
    public List<String> describe(Handle h, String teamId, String userId, Texts t) {
        return List.of();
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(Handle h, String teamId, String userId) {
        return Map.of();
    }

    @Override
    public void forget(Handle h, String teamId, String userId) {
        // Nothing of a person's own: the workspace's rows are purged as a whole, below.
    }

    @Override
    public void purge(Handle h, String teamId, long cutoffMillis) {
        int stopped = h.createQuery("select count(*) from workspace_stops where team_id = :t"
                        + " and uninstalled_at is not null and uninstalled_at < :c")
                .bind("t", teamId)
                .bind("c", cutoffMillis)
                .mapTo(Integer.class)
                .one();
        if (stopped == 0) {
            return;
        }
        for (String table : tablesWithTeam(h)) {
            h.createUpdate("delete from " + table + " where team_id = :t")
                    .bind("t", teamId)
                    .execute();
        }
    }

    /** Every table with a {@code team_id} column, from the schema itself, so a table added later is not forgotten. */
    static List<String> tablesWithTeam(Handle h) {
        boolean postgres;
        try {
            postgres = h.getConnection()
                    .getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase()
                    .contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell the database's kind", e);
        }
        String sql = postgres
                ? "select table_name from information_schema.columns where table_schema = current_schema() "
                        + "and column_name = 'team_id' order by table_name"
                : "select m.name from sqlite_master m join pragma_table_info(m.name) c "
                        + "where m.type = 'table' and c.name = 'team_id' order by m.name";
        return h.createQuery(sql).mapTo(String.class).list().stream()
                .filter(t -> !KEPT.contains(t))
                .toList();
    }
}
