package org.kompis.aar;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Reviews, participants, answers and action items. Conditional updates decide what has been done, once. */
@RegisterConstructorMapper(Review.class)
@RegisterConstructorMapper(Answer.class)
@RegisterConstructorMapper(ActionItem.class)
public interface AarStore {
    /**
     * SQL in SQLite's spelling. PostgreSQL's twin of the table has a {@code rowid} identity column, so the same words
     * read participants in the order they were named there too. Every other statement here is the same on both.
     */
    interface SqliteSpelling {
        String IN_ORDER_NAMED = "order by rowid";
    }

    /** 1 if this start is new, 0 if {@code start_key} was seen before (a retried command or submission). */
    @SqlUpdate("""
      insert into aar_reviews(team_id, channel_id, title, goal, created_by, start_key, deadline_date, deadline_at,
                              time_zone, whole_channel, created_at)
      values (:team, :channel, :title, :goal, :by, :key, :date, :at, :zone, :whole, :now)
      on conflict(start_key) do nothing""")
    int insertReview(
            @Bind("team") String team,
            @Bind("channel") String channel,
            @Bind("title") String title,
            @Bind("goal") String goal,
            @Bind("by") String createdBy,
            @Bind("key") String startKey,
            @Bind("date") String date,
            @Bind("at") long deadlineAt,
            @Bind("zone") String zone,
            @Bind("whole") boolean wholeChannel,
            @Bind("now") long now);

    @SqlQuery("select * from aar_reviews where start_key = :key")
    Optional<Review> byStartKey(@Bind("key") String startKey);

    /** A review of workspace {@code team}: another workspace's id reads as no review at all. */
    @SqlQuery("select * from aar_reviews where team_id = :team and id = :id")
    Optional<Review> review(@Bind("team") String team, @Bind("id") long id);

    @SqlUpdate("update aar_reviews set message_ts = :ts where team_id = :team and id = :id")
    void setMessageTs(@Bind("team") String team, @Bind("id") long id, @Bind("ts") String ts);

    @SqlUpdate("delete from aar_reviews where team_id = :team and id = :id")
    void deleteReview(@Bind("team") String team, @Bind("id") long id);

    /** 1 if this call closed it, 0 if it was already closed. */
    @SqlUpdate("""
      update aar_reviews set status = 'closed', closed_by = :by, closed_at = :now
      where team_id = :team and id = :id and status = 'open'""")
    int close(@Bind("team") String team, @Bind("id") long id, @Bind("by") String closedBy, @Bind("now") long now);

    @SqlUpdate("update aar_reviews set summary_ts = :ts where team_id = :team and id = :id and summary_ts is null")
    void setSummaryTs(@Bind("team") String team, @Bind("id") long id, @Bind("ts") String ts);

    @SqlUpdate("update aar_reviews set lessons_at = :now where team_id = :team and id = :id")
    void setLessonsAt(@Bind("team") String team, @Bind("id") long id, @Bind("now") long now);

    @SqlUpdate("update aar_reviews set deadline_dm_channel = :channel, deadline_dm_ts = :ts "
            + "where team_id = :team and id = :id")
    void setDeadlineDm(
            @Bind("team") String team, @Bind("id") long id, @Bind("channel") String channel, @Bind("ts") String ts);

    /** The channel's open reviews and those closed since {@code since}, newest first. */
    @SqlQuery("""
      select * from aar_reviews where team_id = :team and channel_id = :channel and message_ts is not null
        and (status = 'open' or closed_at >= :since)
      order by created_at desc, id desc limit :limit""")
    List<Review> recentInChannel(
            @Bind("team") String team,
            @Bind("channel") String channel,
            @Bind("since") long since,
            @Bind("limit") int limit);

    @SqlUpdate("insert into aar_participants(review_id, user_id) values (:id, :user) on conflict do nothing")
    void addParticipant(@Bind("id") long reviewId, @Bind("user") String userId);

    /**
     * Someone whose account was deactivated is no longer waited for: they leave the open reviews they had not answered
     * (an answer they gave stays, like anyone's).
     */
    static void leave(org.jdbi.v3.core.Jdbi jdbi, String team, String user) {
        jdbi.useHandle(h -> h.createUpdate("""
                delete from aar_participants where user_id = :u
                  and review_id in (select id from aar_reviews where team_id = :t and status = 'open')
                  and not exists (select 1 from aar_answers a where a.review_id = aar_participants.review_id
                                  and a.user_id = :u)""").bind("t", team).bind("u", user).execute());
    }

    @SqlQuery("select user_id from aar_participants where review_id = :id " + SqliteSpelling.IN_ORDER_NAMED)
    List<String> participants(@Bind("id") long reviewId);

    /** 1 if this person had not been reminded yet. */
    @SqlUpdate("update aar_participants set reminded_at = :now where review_id = :id and user_id = :user "
            + "and reminded_at is null")
    int claimReminder(@Bind("id") long reviewId, @Bind("user") String userId, @Bind("now") long now);

    @SqlQuery("select * from aar_answers where review_id = :id and user_id = :user")
    Optional<Answer> answer(@Bind("id") long reviewId, @Bind("user") String userId);

    @SqlQuery("select * from aar_answers where team_id = :team and id = :id")
    Optional<Answer> answerById(@Bind("team") String team, @Bind("id") long answerId);

    @SqlQuery("select * from aar_answers where review_id = :id order by created_at, id")
    List<Answer> answers(@Bind("id") long reviewId);

    @SqlQuery("select count(*) from aar_answers where review_id = :id")
    int answeredCount(@Bind("id") long reviewId);

    @SqlUpdate("""
      insert into aar_answers(review_id, team_id, user_id, expected, actual, difference, better, created_at, updated_at)
      values (:id, :team, :user, :expected, :actual, :difference, :better, :now, :now)
      on conflict(review_id, user_id) do update set expected = excluded.expected, actual = excluded.actual,
        difference = excluded.difference, better = excluded.better, version = aar_answers.version + 1,
        updated_at = excluded.updated_at""")
    void saveAnswer(
            @Bind("id") long reviewId,
            @Bind("team") String team,
            @Bind("user") String userId,
            @Bind("expected") String expected,
            @Bind("actual") String actual,
            @Bind("difference") String difference,
            @Bind("better") String better,
            @Bind("now") long now);

    /** Records that the thread reply shows {@code version}; never goes back to an older one. */
    @SqlUpdate("update aar_answers set reply_ts = :ts, posted_version = :version where team_id = :team and id = :id "
            + "and posted_version < :version")
    void markPosted(
            @Bind("team") String team, @Bind("id") long answerId, @Bind("version") int version, @Bind("ts") String ts);

    @SqlQuery("select * from aar_action_items where review_id = :id order by id")
    List<ActionItem> items(@Bind("id") long reviewId);

    @SqlQuery("select * from aar_action_items where review_id = :id and author_id = :author order by position")
    List<ActionItem> itemsOf(@Bind("id") long reviewId, @Bind("author") String authorId);

    @SqlQuery("select * from aar_action_items where team_id = :team and id = :id")
    Optional<ActionItem> item(@Bind("team") String team, @Bind("id") long itemId);

    @SqlUpdate("""
      insert into aar_action_items(review_id, team_id, author_id, position, what, owner_id, due_date, updated_at)
      values (:id, :team, :author, :position, :what, :owner, :due, :now)
      on conflict(review_id, author_id, position) do update set what = excluded.what, owner_id = excluded.owner_id,
        new_date = case when aar_action_items.due_date = excluded.due_date then aar_action_items.new_date end,
        due_date = excluded.due_date, updated_at = excluded.updated_at""")
    void saveItem(
            @Bind("id") long reviewId,
            @Bind("team") String team,
            @Bind("author") String authorId,
            @Bind("position") int position,
            @Bind("what") String what,
            @Bind("owner") String ownerId,
            @Bind("due") String dueDate,
            @Bind("now") long now);

    @SqlUpdate("delete from aar_action_items where team_id = :team and id = :id")
    void deleteItem(@Bind("team") String team, @Bind("id") long itemId);

    @SqlUpdate("""
      update aar_action_items set status = 'done', updated_at = :now
      where team_id = :team and id = :id and status = 'open'""")
    int markDone(@Bind("team") String team, @Bind("id") long itemId, @Bind("now") long now);

    @SqlUpdate("""
      update aar_action_items set status = 'dropped', drop_reason = :reason, updated_at = :now
      where team_id = :team and id = :id and status = 'open'""")
    int markDropped(
            @Bind("team") String team, @Bind("id") long itemId, @Bind("reason") String reason, @Bind("now") long now);

    @SqlUpdate("""
      update aar_action_items set new_date = :date, updated_at = :now
      where team_id = :team and id = :id and status = 'open'""")
    int moveItem(
            @Bind("team") String team, @Bind("id") long itemId, @Bind("date") String newDate, @Bind("now") long now);

    @SqlUpdate("update aar_action_items set followup_channel = :channel, followup_ts = :ts "
            + "where team_id = :team and id = :id")
    void setFollowup(
            @Bind("team") String team, @Bind("id") long itemId, @Bind("channel") String channel, @Bind("ts") String ts);

    /** Open items from the channel's earlier reviews, soonest due first: what the next review starts with. */
    @SqlQuery("""
      select i.* from aar_action_items i join aar_reviews r on r.id = i.review_id
      where r.team_id = :team and r.channel_id = :channel and r.id < :before and i.status = 'open'
      order by coalesce(i.new_date, i.due_date), i.id""")
    List<ActionItem> openItemsBefore(
            @Bind("team") String team, @Bind("channel") String channel, @Bind("before") long reviewId);

    @SqlQuery("""
      select i.* from aar_action_items i join aar_reviews r on r.id = i.review_id
      where r.team_id = :team and r.channel_id = :channel and i.status = 'open'
      order by coalesce(i.new_date, i.due_date), i.id""")
    List<ActionItem> openItemsInChannel(@Bind("team") String team, @Bind("channel") String channel);

    @SqlQuery("""
      select * from aar_action_items where team_id = :team and owner_id = :owner and status = 'open'
      order by coalesce(new_date, due_date), id""")
    List<ActionItem> openItemsOwnedBy(@Bind("team") String team, @Bind("owner") String ownerId);
}
