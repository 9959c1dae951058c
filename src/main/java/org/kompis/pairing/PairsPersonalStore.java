package org.kompis.pairing;

import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.mapper.MapMapper;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * What pairs store about one person, for /kompis privacy. An export keeps each row as stored, column by column, so
 * it is read as a map; everything else is a record or a count.
 */
@RegisterConstructorMapper(PairsPersonalStore.Counts.class)
@RegisterConstructorMapper(PairsPersonalStore.HelpLines.class)
@RegisterRowMapper(MapMapper.class)
interface PairsPersonalStore {
    /**
     * SQL in SQLite's spelling. PostgreSQL's first migration defines a {@code group_concat(text, text)} aggregate, so
     * the same words run there. Every other statement here is the same on both.
     */
    interface SqliteSpelling {
        String MEMBERS = "(select group_concat(o.user_id, ' ') from pairs_group_members o where o.group_id = g.id)";
    }

    record Counts(int profile, int groups, int learned) {
        int total() {
            return profile + groups + learned;
        }
    }

    /** A group's stored reasons, one "helper learner topic" per line. */
    record HelpLines(long id, String help) {}

    @SqlQuery("""
      select (select count(*) from pairs_profiles where team_id = :team and user_id = :user) as profile,
        (select count(*) from pairs_group_members m join pairs_groups g on g.id = m.group_id
          where g.team_id = :team and m.user_id = :user) as groups,
        (select count(*) from pairs_learnings where team_id = :team and user_id = :user) as learned""")
    Counts counts(@Bind("team") String team, @Bind("user") String user);

    @SqlQuery("""
      select unit, can_help, wants_to_learn, prefers_three, languages, rather_not, is_private from pairs_profiles
      where team_id = :team and user_id = :user""")
    List<Map<String, Object>> profile(@Bind("team") String team, @Bind("user") String user);

    @SqlQuery("select * from pairs_members where team_id = :team and user_id = :user")
    List<Map<String, Object>> pools(@Bind("team") String team, @Bind("user") String user);

    @SqlQuery("select g.channel_id, g.round_id, " + SqliteSpelling.MEMBERS + """
       as members
      from pairs_group_members m join pairs_groups g on g.id = m.group_id
      where g.team_id = :team and m.user_id = :user""")
    List<Map<String, Object>> groups(@Bind("team") String team, @Bind("user") String user);

    @SqlQuery("""
      select channel_id, text, shared, created_at from pairs_learnings
      where team_id = :team and user_id = :user""")
    List<Map<String, Object>> learnings(@Bind("team") String team, @Bind("user") String user);

    @SqlQuery("""
      select channel_id, newcomer, buddy, assigned_at from pairs_buddies
      where team_id = :team and (newcomer = :user or buddy = :user)""")
    List<Map<String, Object>> buddies(@Bind("team") String team, @Bind("user") String user);

    @SqlUpdate("delete from pairs_profiles where team_id = :team and user_id = :user")
    void deleteProfile(@Bind("team") String team, @Bind("user") String user);

    @SqlUpdate("delete from pairs_members where team_id = :team and user_id = :user")
    void deleteMemberships(@Bind("team") String team, @Bind("user") String user);

    @SqlUpdate("delete from pairs_learnings where team_id = :team and user_id = :user")
    void deleteLearnings(@Bind("team") String team, @Bind("user") String user);

    @SqlUpdate("""
      delete from pairs_answers where user_id = :user
        and group_id in (select id from pairs_groups where team_id = :team)""")
    void deleteAnswers(@Bind("team") String team, @Bind("user") String user);

    @SqlUpdate("""
      delete from pairs_group_members where user_id = :user
        and group_id in (select id from pairs_groups where team_id = :team)""")
    void deleteSeats(@Bind("team") String team, @Bind("user") String user);

    @SqlUpdate("delete from pairs_meetings where team_id = :team and (a = :user or b = :user)")
    void deleteMeetings(@Bind("team") String team, @Bind("user") String user);

    @SqlUpdate("delete from pairs_buddies where team_id = :team and (newcomer = :user or buddy = :user)")
    void deleteBuddies(@Bind("team") String team, @Bind("user") String user);

    @SqlUpdate("update pairs_rounds set created_by = null where team_id = :team and created_by = :user")
    void forgetRoundStarter(@Bind("team") String team, @Bind("user") String user);

    @SqlUpdate("update pairs_buddy_settings set updated_by = null where team_id = :team and updated_by = :user")
    void forgetSettingsEditor(@Bind("team") String team, @Bind("user") String user);

    /** Takes the person out of each channel's comma-separated list of volunteers. */
    @SqlUpdate("""
      update pairs_buddy_settings
      set volunteers = trim(replace(',' || volunteers || ',', ',' || :user || ',', ','), ',')
      where team_id = :team""")
    void dropVolunteer(@Bind("team") String team, @Bind("user") String user);

    /** Takes the person out of everyone's comma-separated list of people they would rather not meet. */
    @SqlUpdate("""
      update pairs_profiles set rather_not = trim(replace(',' || rather_not || ',', ',' || :user || ',', ','), ',')
      where team_id = :team""")
    void dropFromRatherNot(@Bind("team") String team, @Bind("user") String user);

    @SqlQuery("select id, help from pairs_groups where team_id = :team and help like '%' || :user || '%'")
    List<HelpLines> helpNaming(@Bind("team") String team, @Bind("user") String user);

    @SqlUpdate("update pairs_groups set help = :help where team_id = :team and id = :id")
    void setHelp(@Bind("team") String team, @Bind("id") long id, @Bind("help") String help);

    @SqlUpdate("delete from pairs_rounds where team_id = :team and created_at < :cutoff")
    void purgeRoundsBefore(@Bind("team") String team, @Bind("cutoff") long cutoff);
}
