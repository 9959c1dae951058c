package org.kompis.pairing;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Rounds, their groups, the meeting history, follow-up answers and what people learned. */
@RegisterConstructorMapper(Round.class)
@RegisterConstructorMapper(RoundGroup.class)
public interface RoundStore {

    /** Claims a round by its run key: 1 if new, 0 if that run was already claimed. */
    @SqlUpdate("""
      insert into pairs_rounds(team_id, channel_id, round_no, run_key, round_at, created_by, created_at)
      values (:team, :channel,
              (select coalesce(max(round_no), 0) + 1 from pairs_rounds where team_id = :team and channel_id = :channel),
              :key, :at, :by, :now)
      on conflict(team_id, run_key) do nothing""")
    int claim(
            @Bind("team") String team,
            @Bind("channel") String channel,
            @Bind("key") String runKey,
            @Bind("at") long roundAt,
            @Bind("by") String createdBy,
            @Bind("now") long now);

    @SqlQuery("select * from pairs_rounds where team_id = :team and run_key = :key")
    Optional<Round> byRunKey(@Bind("team") String team, @Bind("key") String runKey);

    @SqlQuery("select * from pairs_rounds where team_id = :team and id = :id")
    Optional<Round> round(@Bind("team") String team, @Bind("id") long id);

    /** Rounds that may still lack groups or intros (a restart mid-round): the newest first. */
    @SqlQuery("select * from pairs_rounds where created_at >= :since and status in ('claimed', 'matched') order by id")
    List<Round> recent(@Bind("since") long since);

    @SqlUpdate("update pairs_rounds set status = :status, solver = :solver, people = :people "
            + "where team_id = :team and id = :id")
    void finish(
            @Bind("team") String team,
            @Bind("id") long id,
            @Bind("status") String status,
            @Bind("solver") String solver,
            @Bind("people") int people);

    @SqlUpdate("update pairs_rounds set announce_ts = :ts where team_id = :team and id = :id")
    void announced(@Bind("team") String team, @Bind("id") long id, @Bind("ts") String ts);

    @SqlQuery("""
      select a, b, round_no as round from pairs_meetings
      where team_id = :team and channel_id = :channel and round_no < :round""")
    @RegisterConstructorMapper(History.Meeting.class)
    List<History.Meeting> meetings(
            @Bind("team") String team, @Bind("channel") String channel, @Bind("round") int beforeRound);

    @SqlUpdate("""
      insert into pairs_meetings(team_id, channel_id, a, b, round_no) values (:team, :channel, :a, :b, :round)
      on conflict do nothing""")
    void meet(
            @Bind("team") String team,
            @Bind("channel") String channel,
            @Bind("a") String a,
            @Bind("b") String b,
            @Bind("round") int round);

    @SqlUpdate("""
      insert into pairs_groups(round_id, team_id, channel_id, group_no, lang, help, first_meeting, different_teams)
      values (:round, :team, :channel, :no, :lang, :help, :first, :teams)""")
    @GetGeneratedKeys("id")
    long addGroup(
            @Bind("round") long roundId,
            @Bind("team") String team,
            @Bind("channel") String channel,
            @Bind("no") int groupNo,
            @Bind("lang") String lang,
            @Bind("help") String help,
            @Bind("first") boolean first,
            @Bind("teams") boolean differentTeams);

    @SqlUpdate("insert into pairs_group_members(group_id, user_id) values (:group, :user)")
    void addGroupMember(@Bind("group") long groupId, @Bind("user") String user);

    @SqlQuery("select * from pairs_groups where round_id = :round order by group_no")
    List<RoundGroup> groups(@Bind("round") long roundId);

    /** A group of workspace {@code team}: another workspace's id reads as no group at all. */
    @SqlQuery("select * from pairs_groups where team_id = :team and id = :id")
    Optional<RoundGroup> group(@Bind("team") String team, @Bind("id") long groupId);

    @SqlQuery("select user_id from pairs_group_members where group_id = :group order by user_id")
    List<String> groupMembers(@Bind("group") long groupId);

    /** A group on the Home tab: which channel's pool, and when its round was. */
    record HomeGroup(long id, String channelId, long roundAt) {}

    /** The person's groups in the newest round of each channel pool, newest first, at most three. */
    @RegisterConstructorMapper(HomeGroup.class)
    @SqlQuery("""
      select g.id, g.channel_id, r.round_at from pairs_group_members m
      join pairs_groups g on g.id = m.group_id
      join pairs_rounds r on r.id = g.round_id
      where g.team_id = :team and m.user_id = :user
        and r.id = (select max(r2.id) from pairs_rounds r2 where r2.team_id = g.team_id
          and r2.channel_id = g.channel_id)
      order by r.round_at desc limit 3""")
    List<HomeGroup> latestGroupsOf(@Bind("team") String team, @Bind("user") String user);

    /** The person's group in the newest matched round of the channel, if they were in it. */
    @SqlQuery("""
      select g.* from pairs_groups g join pairs_group_members m on m.group_id = g.id
      where g.team_id = :team and g.channel_id = :channel and m.user_id = :user
        and g.round_id = (select max(id) from pairs_rounds where team_id = :team and channel_id = :channel
                          and status = 'matched')""")
    Optional<RoundGroup> currentGroup(
            @Bind("team") String team, @Bind("channel") String channel, @Bind("user") String user);

    @SqlUpdate("update pairs_groups set dm_channel_id = :dm, intro_ts = :ts where team_id = :team and id = :id")
    void introduced(@Bind("team") String team, @Bind("id") long groupId, @Bind("dm") String dm, @Bind("ts") String ts);

    @SqlUpdate("update pairs_groups set followup_ts = :ts where team_id = :team and id = :id")
    void followedUp(@Bind("team") String team, @Bind("id") long groupId, @Bind("ts") String ts);

    /** Groups of earlier rounds whose "Did you meet?" was asked and not yet counted by the ghost rule. */
    @SqlQuery("""
      select * from pairs_groups where team_id = :team and channel_id = :channel and round_id < :round
        and followup_ts is not null and window_closed = 0 order by id""")
    List<RoundGroup> openWindows(
            @Bind("team") String team, @Bind("channel") String channel, @Bind("round") long beforeRoundId);

    @SqlUpdate("update pairs_groups set window_closed = 1 where team_id = :team and id = :id and window_closed = 0")
    int closeWindow(@Bind("team") String team, @Bind("id") long groupId);

    @SqlUpdate("""
      insert into pairs_answers(group_id, user_id, answer, answered_at) values (:group, :user, :answer, :now)
      on conflict(group_id, user_id) do update set answer = excluded.answer, answered_at = excluded.answered_at""")
    void answer(
            @Bind("group") long groupId,
            @Bind("user") String user,
            @Bind("answer") String answer,
            @Bind("now") long now);

    @SqlQuery(
            "select user_id || ' ' || answer from pairs_answers where group_id = :group order by answered_at, user_id")
    List<String> answers(@Bind("group") long groupId);

    @SqlQuery("select answer from pairs_answers where group_id = :group and user_id = :user")
    Optional<String> answerOf(@Bind("group") long groupId, @Bind("user") String user);

    @SqlUpdate("""
      insert into pairs_learnings(group_id, team_id, channel_id, user_id, text, shared, created_at)
      values (:group, :team, :channel, :user, :text, :shared, :now)
      on conflict(group_id, user_id) do update set text = excluded.text, shared = excluded.shared,
        created_at = excluded.created_at""")
    void learned(
            @Bind("group") long groupId,
            @Bind("team") String team,
            @Bind("channel") String channel,
            @Bind("user") String user,
            @Bind("text") String text,
            @Bind("shared") boolean shared,
            @Bind("now") long now);

    @SqlQuery("""
      select user_id, text, shared, created_at from pairs_learnings where group_id = :group order by created_at, id""")
    @RegisterConstructorMapper(Learning.class)
    List<Learning> learnings(@Bind("group") long groupId);

    @SqlQuery("""
      select count(*) from pairs_rounds where team_id = :team and channel_id = :channel and status = 'matched'""")
    int roundCount(@Bind("team") String team, @Bind("channel") String channel);

    @SqlQuery("""
      select count(distinct m.user_id) from pairs_group_members m join pairs_groups g on g.id = m.group_id
      where g.team_id = :team and g.channel_id = :channel""")
    int peopleCount(@Bind("team") String team, @Bind("channel") String channel);

    @SqlQuery("select count(*) from pairs_groups where team_id = :team and channel_id = :channel")
    int groupCount(@Bind("team") String team, @Bind("channel") String channel);

    @SqlQuery("""
      select count(*) from pairs_groups where team_id = :team and channel_id = :channel and first_meeting = 1""")
    int firstMeetingCount(@Bind("team") String team, @Bind("channel") String channel);

    /** Groups where at least one member answered "Yes, we met". */
    @SqlQuery("""
      select count(distinct a.group_id) from pairs_answers a join pairs_groups g on g.id = a.group_id
      where g.team_id = :team and g.channel_id = :channel and a.answer = 'yes'""")
    int metCount(@Bind("team") String team, @Bind("channel") String channel);

    @SqlQuery("select count(*) from pairs_learnings where team_id = :team and channel_id = :channel")
    int learningCount(@Bind("team") String team, @Bind("channel") String channel);

    /** One person's "What did you learn?" after a meeting. */
    record Learning(String userId, String text, boolean shared, long createdAt) {}
}
