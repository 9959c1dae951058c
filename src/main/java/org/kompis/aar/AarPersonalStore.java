package org.kompis.aar;

import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.mapper.MapMapper;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * What the reviews store about one person, for /kompis privacy. An export keeps each row as stored, column by
 * column, so it is read as a map; everything else is a record or a count.
 */
@RegisterConstructorMapper(AarPersonalStore.Counts.class)
@RegisterRowMapper(MapMapper.class)
interface AarPersonalStore {
    /** How many answers, action items (owned or written) and started reviews a person has. */
    record Counts(int answers, int items, int started) {
        int total() {
            return answers + items + started;
        }
    }

    @SqlQuery("""
      select (select count(*) from aar_answers where team_id = :team and user_id = :user) as answers,
        (select count(*) from aar_action_items where team_id = :team and (owner_id = :user or author_id = :user))
          as items,
        (select count(*) from aar_reviews where team_id = :team and created_by = :user) as started""")
    Counts counts(@Bind("team") String team, @Bind("user") String user);

    @SqlQuery("""
      select id, channel_id, title, goal, deadline_date, status, created_at from aar_reviews
      where team_id = :team and created_by = :user""")
    List<Map<String, Object>> reviewsStarted(@Bind("team") String team, @Bind("user") String user);

    @SqlQuery("""
      select review_id, expected, actual, difference, better, created_at, updated_at from aar_answers
      where team_id = :team and user_id = :user""")
    List<Map<String, Object>> answers(@Bind("team") String team, @Bind("user") String user);

    @SqlQuery("""
      select review_id, what, owner_id, due_date, status, new_date, drop_reason from aar_action_items
      where team_id = :team and (owner_id = :user or author_id = :user)""")
    List<Map<String, Object>> actionItems(@Bind("team") String team, @Bind("user") String user);

    @SqlUpdate("delete from aar_action_items where team_id = :team and author_id = :user")
    void deleteItemsWrittenBy(@Bind("team") String team, @Bind("user") String user);

    @SqlUpdate("update aar_action_items set owner_id = :gone where team_id = :team and owner_id = :user")
    void disownItems(@Bind("team") String team, @Bind("user") String user, @Bind("gone") String gone);

    @SqlUpdate("delete from aar_answers where team_id = :team and user_id = :user")
    void deleteAnswers(@Bind("team") String team, @Bind("user") String user);

    @SqlUpdate("""
      delete from aar_participants where user_id = :user
        and review_id in (select id from aar_reviews where team_id = :team)""")
    void deleteSeats(@Bind("team") String team, @Bind("user") String user);

    @SqlUpdate("update aar_reviews set created_by = :gone where team_id = :team and created_by = :user")
    void disownReviews(@Bind("team") String team, @Bind("user") String user, @Bind("gone") String gone);

    @SqlUpdate("update aar_reviews set closed_by = null where team_id = :team and closed_by = :user")
    void forgetCloser(@Bind("team") String team, @Bind("user") String user);

    @SqlUpdate("delete from aar_reviews where team_id = :team and status = 'closed' and closed_at < :cutoff")
    void purgeClosedBefore(@Bind("team") String team, @Bind("cutoff") long cutoff);
}
