package org.kompis.sixhats;

import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.mapper.MapMapper;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * What six hats store about one person, for /kompis privacy. An export keeps each row as stored, column by column,
 * so it is read as a map; everything else is a record or a count.
 */
@RegisterConstructorMapper(SixHatsPersonalStore.Counts.class)
@RegisterRowMapper(MapMapper.class)
interface SixHatsPersonalStore {
    record Counts(int joined, int keywords) {}

    @SqlQuery("""
      select (select count(*) from sixhats_participants where team_id = :team and user_id = :user) as joined,
        (select count(*) from sixhats_contributions where team_id = :team and user_id = :user) as keywords""")
    Counts counts(@Bind("team") String team, @Bind("user") String user);

    @SqlQuery("""
      select id, channel_id, topic, mode, status, conclusion_decide, conclusion_next, created_at
      from sixhats_exercises where team_id = :team and facilitator_id = :user""")
    List<Map<String, Object>> led(@Bind("team") String team, @Bind("user") String user);

    @SqlQuery("""
      select exercise_id, group_no, hat, joined_at from sixhats_participants
      where team_id = :team and user_id = :user""")
    List<Map<String, Object>> seats(@Bind("team") String team, @Bind("user") String user);

    @SqlQuery("""
      select exercise_id, hat, text, created_at from sixhats_contributions
      where team_id = :team and user_id = :user""")
    List<Map<String, Object>> keywords(@Bind("team") String team, @Bind("user") String user);

    @SqlUpdate("delete from sixhats_contributions where team_id = :team and user_id = :user")
    void deleteKeywords(@Bind("team") String team, @Bind("user") String user);

    @SqlUpdate("delete from sixhats_participants where team_id = :team and user_id = :user")
    void deleteSeats(@Bind("team") String team, @Bind("user") String user);

    @SqlUpdate("update sixhats_exercises set facilitator_id = '-' where team_id = :team and facilitator_id = :user")
    void disownLed(@Bind("team") String team, @Bind("user") String user);

    @SqlUpdate("delete from sixhats_exercises where team_id = :team and status = 'finished' and finished_at < :cutoff")
    void purgeFinishedBefore(@Bind("team") String team, @Bind("cutoff") long cutoff);
}
