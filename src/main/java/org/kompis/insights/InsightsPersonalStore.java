package org.kompis.insights;

import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.mapper.MapMapper;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * What the insights keep about one manager, for /kompis privacy. An export keeps each row as stored, column by
 * column, so it is read as a map; everything else is a record or a count.
 */
@RegisterConstructorMapper(InsightsPersonalStore.Counts.class)
@RegisterRowMapper(MapMapper.class)
interface InsightsPersonalStore {
    record Counts(int subscribed, int reports, int sessions) {
        int total() {
            return subscribed + reports + sessions;
        }
    }

    @SqlQuery("""
      select (select count(*) from insight_subscribers where team_id = :team and user_id = :user) as subscribed,
        (select count(*) from insight_reports where team_id = :team and user_id = :user) as reports,
        (select count(*) from insight_sessions where team_id = :team and user_id = :user) as sessions""")
    Counts counts(@Bind("team") String team, @Bind("user") String user);

    @SqlQuery("select team_id, user_id, created_at from insight_subscribers where team_id = :team and user_id = :user")
    List<Map<String, Object>> subscriptions(@Bind("team") String team, @Bind("user") String user);

    @SqlQuery("select month, sent_at from insight_reports where team_id = :team and user_id = :user order by month")
    List<Map<String, Object>> reports(@Bind("team") String team, @Bind("user") String user);

    @SqlQuery("select created_at, expires_at from insight_sessions where team_id = :team and user_id = :user")
    List<Map<String, Object>> sessions(@Bind("team") String team, @Bind("user") String user);

    @SqlUpdate("delete from insight_subscribers where team_id = :team and user_id = :user")
    void unsubscribe(@Bind("team") String team, @Bind("user") String user);

    @SqlUpdate("delete from insight_reports where team_id = :team and user_id = :user")
    void deleteReports(@Bind("team") String team, @Bind("user") String user);

    @SqlUpdate("delete from insight_sessions where team_id = :team and user_id = :user")
    void deleteSessions(@Bind("team") String team, @Bind("user") String user);

    @SqlUpdate("delete from insight_reports where team_id = :team and created_at < :cutoff")
    void purgeReportsBefore(@Bind("team") String team, @Bind("cutoff") long cutoff);

    @SqlUpdate("delete from insight_sessions where team_id = :team and expires_at < :cutoff")
    void purgeSessionsBefore(@Bind("team") String team, @Bind("cutoff") long cutoff);
}
