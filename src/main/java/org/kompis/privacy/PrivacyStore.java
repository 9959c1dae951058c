package org.kompis.privacy;

import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.mapper.MapMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * What Kompis itself, not a ritual, stores about one person: their settings, the schedules they set up, and that
 * they installed Kompis. An export keeps each row as stored, column by column, so it is read as a map.
 */
@RegisterRowMapper(MapMapper.class)
interface PrivacyStore {
    /** An org-wide install is stored with no team. */
    String INSTALLED_BY = "from slack_installers where user_id = :user and (team_id = :team or team_id = '')";

    @SqlQuery("select count(*) from user_settings where team_id = :team and user_id = :user")
    int settingsCount(@Bind("team") String team, @Bind("user") String user);

    @SqlQuery("select lang from user_settings where team_id = :team and user_id = :user")
    List<Map<String, Object>> settings(@Bind("team") String team, @Bind("user") String user);

    @SqlQuery("select ritual, channel_id, cron, time_zone from schedules where team_id = :team and created_by = :user")
    List<Map<String, Object>> schedulesSetUp(@Bind("team") String team, @Bind("user") String user);

    @SqlUpdate("delete from user_settings where team_id = :team and user_id = :user")
    void deleteSettings(@Bind("team") String team, @Bind("user") String user);

    @SqlUpdate("update schedules set created_by = null where team_id = :team and created_by = :user")
    void forgetScheduleCreator(@Bind("team") String team, @Bind("user") String user);

    @SqlQuery("select count(*) " + INSTALLED_BY)
    int installCount(@Bind("team") String team, @Bind("user") String user);

    @SqlQuery("select enterprise_id, team_id, user_scope, installed_at " + INSTALLED_BY)
    List<Map<String, Object>> installs(@Bind("team") String team, @Bind("user") String user);

    @SqlUpdate("delete " + INSTALLED_BY)
    void deleteInstalls(@Bind("team") String team, @Bind("user") String user);
}
