package org.kompis.pairing;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Who is in which channel's pool, their profiles, and the buddy schemes. */
@RegisterConstructorMapper(Member.class)
@RegisterConstructorMapper(Profile.class)
@RegisterConstructorMapper(BuddySettings.class)
@RegisterConstructorMapper(Buddy.class)
public interface PoolStore {

    /** Joins, or comes back: a paused or snoozed member is active again, their ghost count cleared. */
    @SqlUpdate("""
      insert into pairs_members(team_id, channel_id, user_id, joined_at) values (:team, :channel, :user, :now)
      on conflict(team_id, channel_id, user_id) do update set paused = 0, missed_followups = 0, snoozed_until = null""")
    void join(
            @Bind("team") String team,
            @Bind("channel") String channel,
            @Bind("user") String user,
            @Bind("now") long now);

    @SqlUpdate("delete from pairs_members where team_id = :team and channel_id = :channel and user_id = :user")
    int leave(@Bind("team") String team, @Bind("channel") String channel, @Bind("user") String user);

    @SqlUpdate("""
      update pairs_members set snoozed_until = :date
      where team_id = :team and channel_id = :channel and user_id = :user""")
    int snooze(
            @Bind("team") String team,
            @Bind("channel") String channel,
            @Bind("user") String user,
            @Bind("date") String date);

    @SqlQuery("select * from pairs_members where team_id = :team and channel_id = :channel and user_id = :user")
    Optional<Member> member(@Bind("team") String team, @Bind("channel") String channel, @Bind("user") String user);

    @SqlQuery("select * from pairs_members where team_id = :team and channel_id = :channel order by user_id")
    List<Member> members(@Bind("team") String team, @Bind("channel") String channel);

    /** Any answer shows someone is there: the ghost rule starts counting again. */
    @SqlUpdate("""
      update pairs_members set missed_followups = 0
      where team_id = :team and channel_id = :channel and user_id = :user""")
    void answered(@Bind("team") String team, @Bind("channel") String channel, @Bind("user") String user);

    @SqlUpdate("""
      update pairs_members set missed_followups = missed_followups + 1
      where team_id = :team and channel_id = :channel and user_id = :user""")
    void missed(@Bind("team") String team, @Bind("channel") String channel, @Bind("user") String user);

    /** 1 if this call paused them (they had missed {@code limit} follow-ups in a row and were not paused yet). */
    @SqlUpdate("""
      update pairs_members set paused = 1
      where team_id = :team and channel_id = :channel and user_id = :user and paused = 0
        and missed_followups >= :limit""")
    int pauseIfGhost(
            @Bind("team") String team,
            @Bind("channel") String channel,
            @Bind("user") String user,
            @Bind("limit") int limit);

    @SqlQuery("select * from pairs_profiles where team_id = :team and user_id = :user")
    Optional<Profile> profile(@Bind("team") String team, @Bind("user") String user);

    @SqlQuery("select * from pairs_profiles where team_id = :team and user_id in (<users>)")
    List<Profile> profiles(@Bind("team") String team, @BindList("users") List<String> users);

    /** The tags of every profile that may be shown to others: the source of the modal's suggestions. */
    @SqlQuery("select can_help || ',' || wants_to_learn from pairs_profiles where team_id = :team and is_private = 0")
    List<String> publicTags(@Bind("team") String team);

    @SqlUpdate("""
      insert into pairs_profiles(team_id, user_id, unit, can_help, wants_to_learn, prefers_three, languages,
                                 rather_not, is_private, updated_at)
      values (:team, :user, :unit, :help, :learn, :three, :languages, :ratherNot, :private, :now)
      on conflict(team_id, user_id) do update set unit = excluded.unit, can_help = excluded.can_help,
        wants_to_learn = excluded.wants_to_learn, prefers_three = excluded.prefers_three,
        languages = excluded.languages, rather_not = excluded.rather_not, is_private = excluded.is_private,
        updated_at = excluded.updated_at""")
    void saveProfile(
            @Bind("team") String team,
            @Bind("user") String user,
            @Bind("unit") String unit,
            @Bind("help") String canHelp,
            @Bind("learn") String wantsToLearn,
            @Bind("three") boolean prefersThree,
            @Bind("languages") String languages,
            @Bind("ratherNot") String ratherNot,
            @Bind("private") boolean isPrivate,
            @Bind("now") long now);

    @SqlQuery("select * from pairs_buddy_settings where team_id = :team and channel_id = :channel")
    Optional<BuddySettings> buddySettings(@Bind("team") String team, @Bind("channel") String channel);

    @SqlUpdate("""
      insert into pairs_buddy_settings(team_id, channel_id, enabled, volunteers, updated_by, updated_at)
      values (:team, :channel, :enabled, :volunteers, :by, :now)
      on conflict(team_id, channel_id) do update set enabled = excluded.enabled,
        volunteers = case when excluded.enabled = 1 then excluded.volunteers else pairs_buddy_settings.volunteers end,
        updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
    void saveBuddySettings(
            @Bind("team") String team,
            @Bind("channel") String channel,
            @Bind("enabled") boolean enabled,
            @Bind("volunteers") String volunteers,
            @Bind("by") String by,
            @Bind("now") long now);

    /** How many newcomers each volunteer has been given since {@code since}: their current load. */
    @SqlQuery("""
      select count(*) from pairs_buddies where team_id = :team and buddy = :buddy and assigned_at >= :since""")
    int buddyLoad(@Bind("team") String team, @Bind("buddy") String buddy, @Bind("since") long since);

    /** 1 if this newcomer had no buddy in this channel yet. */
    @SqlUpdate("""
      insert into pairs_buddies(team_id, channel_id, newcomer, buddy, lang, assigned_at)
      values (:team, :channel, :newcomer, :buddy, :lang, :now)
      on conflict(team_id, channel_id, newcomer) do nothing""")
    int assignBuddy(
            @Bind("team") String team,
            @Bind("channel") String channel,
            @Bind("newcomer") String newcomer,
            @Bind("buddy") String buddy,
            @Bind("lang") String lang,
            @Bind("now") long now);

    @SqlQuery("select * from pairs_buddies where team_id = :team and channel_id = :channel and newcomer = :newcomer")
    Optional<Buddy> buddyOf(
            @Bind("team") String team, @Bind("channel") String channel, @Bind("newcomer") String newcomer);

    @SqlQuery("select * from pairs_buddies where team_id = :team and id = :id")
    Optional<Buddy> buddy(@Bind("team") String team, @Bind("id") long id);

    @SqlQuery("""
      select * from pairs_buddies where team_id = :team and channel_id = :channel and assigned_at >= :since
      order by assigned_at desc, id desc""")
    List<Buddy> recentBuddies(@Bind("team") String team, @Bind("channel") String channel, @Bind("since") long since);

    @SqlUpdate("update pairs_buddies set dm_channel_id = :dm, intro_ts = :ts where team_id = :team and id = :id")
    void buddyIntroduced(@Bind("team") String team, @Bind("id") long id, @Bind("dm") String dm, @Bind("ts") String ts);
}
