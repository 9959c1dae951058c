package org.kompis.settings;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.mapper.MapMapper;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.statement.UseRowMapper;

/** The table {@code workspace_settings}: one row per workspace whose admins changed something. */
@RegisterConstructorMapper(SettingsRow.class)
public interface SettingsStore {

    @SqlQuery("select * from workspace_settings where team_id = :team")
    Optional<SettingsRow> find(@Bind("team") String team);

    /** Every workspace's row, for the nightly retention purge. */
    @SqlQuery("select * from workspace_settings order by team_id")
    List<SettingsRow> all();

    @SqlUpdate("""
      insert into workspace_settings(team_id, lang, time_zone, holidays, manager_group, retention_days, updated_by,
                                     updated_at)
      values (:teamId, :lang, :timeZone, :holidays, :managerGroup, :retentionDays, :updatedBy, :updatedAt)
      on conflict(team_id) do update set lang = excluded.lang, time_zone = excluded.time_zone,
        holidays = excluded.holidays, manager_group = excluded.manager_group,
        retention_days = excluded.retention_days, updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
    void save(@BindMethods SettingsRow row);

    @SqlQuery("select count(*) from workspace_settings where team_id = :team and updated_by = :user")
    int countBy(@Bind("team") String team, @Bind("user") String user);

    /** What the person changed last, for their data export. */
    @SqlQuery("""
      select lang, time_zone, holidays, manager_group, retention_days, updated_at from workspace_settings
      where team_id = :team and updated_by = :user""")
    @UseRowMapper(MapMapper.class)
    List<Map<String, Object>> changedBy(@Bind("team") String team, @Bind("user") String user);

    /** The settings stay the workspace's; only the name of who last changed them goes. */
    @SqlUpdate("update workspace_settings set updated_by = null where team_id = :team and updated_by = :user")
    void forget(@Bind("team") String team, @Bind("user") String user);
}
