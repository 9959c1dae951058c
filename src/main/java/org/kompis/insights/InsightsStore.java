package org.kompis.insights;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Every query of the insights: what the rituals stored, read for one channel over some weeks, plus sign-in, sessions
 * and the monthly report. Rows carry only what a figure needs: a time cut to what the row belongs to (the prompt,
 * review, exercise or round), never an anonymous answer's own time, and no text of anybody's answer.
 * Weeks are counted in Java (in the workspace's zone, right across DST), so the SQL is the same on SQLite and
 * PostgreSQL.
 */
@RegisterConstructorMapper(InsightsStore.Contribution.class)
@RegisterConstructorMapper(InsightsStore.PairGroup.class)
@RegisterConstructorMapper(InsightsStore.PairAnswer.class)
@RegisterConstructorMapper(InsightsStore.ActionItem.class)
@RegisterConstructorMapper(InsightsStore.LessonRow.class)
@RegisterConstructorMapper(InsightsStore.Miss.class)
@RegisterConstructorMapper(InsightsStore.Login.class)
@RegisterConstructorMapper(InsightsStore.Session.class)
public interface InsightsStore {
    /** Someone's part in a ritual, at the time of what they took part in; {@code userId} null when anonymous. */
    record Contribution(long at, String userId) {}

    record PairGroup(long id, long at, boolean differentTeams, boolean firstMeeting, int members) {}

    record PairAnswer(long groupId, String answer) {}

    record ActionItem(
            long id, String what, String ownerId, String dueDate, String newDate, String status, String review) {}

    /** A lesson's origin: who wrote it (null when anonymous) and who took part (space-separated ids). */
    record LessonRow(long at, String source, String category, String authorId, String participants) {}

    record Miss(String words, int searches) {}

    record Login(String state, String nonce, String browser, long createdAt) {}

    record Session(String id, String teamId, String userId, String csrf, long createdAt, long expiresAt) {}

    @SqlQuery("""
      select p.created_at as at, a.user_id from reflection_answers a join reflection_prompts p on p.id = a.prompt_ref
      where p.team_id = :team and p.channel_id = :channel and p.created_at >= :from and p.created_at < :to""")
    List<Contribution> reflectionAnswers(
            @Bind("team") String team, @Bind("channel") String channel, @Bind("from") long from, @Bind("to") long to);

    @SqlQuery("""
      select r.created_at as at, a.user_id from aar_answers a join aar_reviews r on r.id = a.review_id
      where r.team_id = :team and r.channel_id = :channel and r.created_at >= :from and r.created_at < :to""")
    List<Contribution> reviewAnswers(
            @Bind("team") String team, @Bind("channel") String channel, @Bind("from") long from, @Bind("to") long to);

    @SqlQuery("""
      select distinct e.created_at as at, c.user_id from sixhats_contributions c
      join sixhats_exercises e on e.id = c.exercise_id
      where e.team_id = :team and e.channel_id = :channel and e.created_at >= :from and e.created_at < :to""")
    List<Contribution> hatContributors(
            @Bind("team") String team, @Bind("channel") String channel, @Bind("from") long from, @Bind("to") long to);

    @SqlQuery("""
      select g.id, r.round_at as at, g.different_teams, g.first_meeting,
             (select count(*) from pairs_group_members m where m.group_id = g.id) as members
      from pairs_groups g join pairs_rounds r on r.id = g.round_id
      where r.team_id = :team and r.channel_id = :channel and r.round_at >= :from and r.round_at < :to""")
    List<PairGroup> pairGroups(
            @Bind("team") String team, @Bind("channel") String channel, @Bind("from") long from, @Bind("to") long to);

    @SqlQuery("""
      select a.group_id, a.answer from pairs_answers a join pairs_groups g on g.id = a.group_id
      join pairs_rounds r on r.id = g.round_id
      where r.team_id = :team and r.channel_id = :channel and r.round_at >= :from and r.round_at < :to""")
    List<PairAnswer> pairAnswers(
            @Bind("team") String team, @Bind("channel") String channel, @Bind("from") long from, @Bind("to") long to);

    /** Every action item of the channel's reviews: the open ones stay on the budget whenever they were due. */
    @SqlQuery("""
      select i.id, i.what, i.owner_id, i.due_date, i.new_date, i.status, r.title as review
      from aar_action_items i join aar_reviews r on r.id = i.review_id
      where r.team_id = :team and r.channel_id = :channel""")
    List<ActionItem> actionItems(@Bind("team") String team, @Bind("channel") String channel);

    /** Lessons the channel may see: a lesson someone kept for themselves is not counted. */
    @SqlQuery("""
      select created_at as at, source, category, author_id, participants from lessons
      where team_id = :team and channel_id = :channel and created_at >= :from and created_at < :to
        and visibility != 'private'""")
    List<LessonRow> lessons(
            @Bind("team") String team, @Bind("channel") String channel, @Bind("from") long from, @Bind("to") long to);

    @SqlQuery("""
      select words, sum(searches) as searches from lesson_search_misses
      where team_id = :team and channel_id = :channel and week >= :fromWeek and week < :toWeek
      group by words having sum(searches) >= :min order by sum(searches) desc, words limit :limit""")
    List<Miss> misses(
            @Bind("team") String team,
            @Bind("channel") String channel,
            @Bind("fromWeek") String fromWeek,
            @Bind("toWeek") String toWeek,
            @Bind("min") int min,
            @Bind("limit") int limit);

    @SqlUpdate("insert into insight_logins(state, nonce, browser, created_at) values (:state, :nonce, :browser, :now)")
    void addLogin(
            @Bind("state") String state,
            @Bind("nonce") String nonce,
            @Bind("browser") String browser,
            @Bind("now") long now);

    @SqlQuery("select * from insight_logins where state = :state")
    Optional<Login> login(@Bind("state") String state);

    /** Uses a sign-in up: 1 for the one request that may finish it. */
    @SqlUpdate("delete from insight_logins where state = :state")
    int useLogin(@Bind("state") String state);

    @SqlUpdate("delete from insight_logins where created_at < :before")
    void sweepLogins(@Bind("before") long before);

    @SqlUpdate("""
      insert into insight_sessions(id, team_id, user_id, csrf, created_at, expires_at)
      values (:id, :team, :user, :csrf, :now, :expires)""")
    void addSession(
            @Bind("id") String id,
            @Bind("team") String team,
            @Bind("user") String user,
            @Bind("csrf") String csrf,
            @Bind("now") long now,
            @Bind("expires") long expires);

    @SqlQuery("select * from insight_sessions where id = :id and expires_at > :now")
    Optional<Session> session(@Bind("id") String id, @Bind("now") long now);

    @SqlUpdate("delete from insight_sessions where id = :id")
    void endSession(@Bind("id") String id);

    @SqlUpdate("delete from insight_sessions where expires_at <= :now")
    void sweepSessions(@Bind("now") long now);

    @SqlQuery("select count(*) > 0 from insight_subscribers where team_id = :team and user_id = :user")
    boolean subscribed(@Bind("team") String team, @Bind("user") String user);

    @SqlQuery("select user_id from insight_subscribers where team_id = :team order by user_id")
    List<String> subscribers(@Bind("team") String team);

    @SqlUpdate("""
      insert into insight_subscribers(team_id, user_id, created_at) values (:team, :user, :now)
      on conflict (team_id, user_id) do nothing""")
    void subscribe(@Bind("team") String team, @Bind("user") String user, @Bind("now") long now);

    @SqlUpdate("delete from insight_subscribers where team_id = :team and user_id = :user")
    void unsubscribe(@Bind("team") String team, @Bind("user") String user);

    /** Claims this month's report for a manager: 1 when this call may send it, 0 when it was claimed before. */
    @SqlUpdate("""
      insert into insight_reports(team_id, user_id, month, created_at) values (:team, :user, :month, :now)
      on conflict (team_id, user_id, month) do nothing""")
    int claimReport(
            @Bind("team") String team, @Bind("user") String user, @Bind("month") String month, @Bind("now") long now);

    @SqlUpdate("update insight_reports set sent_at = :now where team_id = :team and user_id = :user and month = :month")
    void reportSent(
            @Bind("team") String team, @Bind("user") String user, @Bind("month") String month, @Bind("now") long now);
}
