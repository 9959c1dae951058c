package org.kompis.sixhats;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Exercises, who joined and what they wrote. Every change of status is a conditional update that answers how
 * many rows moved: 1 means this call did it, 0 means someone (a retry, a double click, a timer) already had.
 */
@RegisterConstructorMapper(Exercise.class)
@RegisterConstructorMapper(Participant.class)
@RegisterConstructorMapper(Contribution.class)
public interface SixHatsStore {

    @SqlUpdate("""
      insert into sixhats_exercises(team_id, channel_id, topic, mode, round_minutes, facilitator_id, seed, start_key,
                                    created_at)
      values (:team, :channel, :topic, :mode, :minutes, :facilitator, :seed, :key, :now)
      on conflict(team_id, start_key) do nothing""")
    int create(
            @Bind("team") String team,
            @Bind("channel") String channel,
            @Bind("topic") String topic,
            @Bind("mode") String mode,
            @Bind("minutes") int minutes,
            @Bind("facilitator") String facilitator,
            @Bind("seed") long seed,
            @Bind("key") String startKey,
            @Bind("now") long now);

    @SqlQuery("select * from sixhats_exercises where team_id = :team and start_key = :key")
    Optional<Exercise> byStartKey(@Bind("team") String team, @Bind("key") String startKey);

    @SqlQuery("select * from sixhats_exercises where team_id = :team and id = :id")
    Optional<Exercise> exercise(@Bind("team") String team, @Bind("id") long id);

    @SqlUpdate("update sixhats_exercises set message_ts = :ts where team_id = :team and id = :id")
    void setMessageTs(@Bind("team") String team, @Bind("id") long id, @Bind("ts") String ts);

    @SqlUpdate("delete from sixhats_exercises where team_id = :team and id = :id and message_ts is null")
    void deleteUnposted(@Bind("team") String team, @Bind("id") long id);

    @SqlUpdate("""
      insert into sixhats_participants(exercise_id, team_id, user_id, group_no, hat, joined_at)
      values (:id, :team, :user, :group, :hat, :now) on conflict(exercise_id, user_id) do nothing""")
    int join(
            @Bind("id") long exerciseId,
            @Bind("team") String team,
            @Bind("user") String user,
            @Bind("group") Integer groupNo,
            @Bind("hat") String hat,
            @Bind("now") long now);

    @SqlQuery("select * from sixhats_participants where exercise_id = :id order by id")
    List<Participant> participants(@Bind("id") long exerciseId);

    @SqlQuery("select * from sixhats_participants where exercise_id = :id and user_id = :user")
    Optional<Participant> participant(@Bind("id") long exerciseId, @Bind("user") String user);

    @SqlUpdate(
            "update sixhats_participants set group_no = :group, hat = :hat where exercise_id = :id and user_id = :user")
    void seat(
            @Bind("id") long exerciseId,
            @Bind("user") String user,
            @Bind("group") int groupNo,
            @Bind("hat") String hat);

    @SqlUpdate("""
      update sixhats_exercises set status = 'running', mode = :mode, switched = :switched, started_at = :now,
        current_round = :round, round_ends_at = :ends
      where team_id = :team and id = :id and status = 'open'""")
    int start(
            @Bind("team") String team,
            @Bind("id") long id,
            @Bind("mode") String mode,
            @Bind("switched") boolean switched,
            @Bind("round") Integer round,
            @Bind("ends") Long endsAt,
            @Bind("now") long now);

    @SqlUpdate("""
      update sixhats_exercises set current_round = :to, round_ends_at = :ends
      where team_id = :team and id = :id and status = 'running' and current_round = :from""")
    int advance(
            @Bind("team") String team,
            @Bind("id") long id,
            @Bind("from") int from,
            @Bind("to") int to,
            @Bind("ends") long endsAt);

    @SqlUpdate("""
      update sixhats_exercises set round_ends_at = :ends
      where team_id = :team and id = :id and status = 'running' and current_round = :round""")
    int extend(@Bind("team") String team, @Bind("id") long id, @Bind("round") int round, @Bind("ends") long endsAt);

    /** Ends the contributing phase: the hats are done, the blue-hat conclusion is next. */
    @SqlUpdate("update sixhats_exercises set status = 'concluding', round_ends_at = null "
            + "where team_id = :team and id = :id "
            + "and status = 'running'")
    int conclude(@Bind("team") String team, @Bind("id") long id);

    /** The same as {@link #conclude} when the last round of hat by hat ends, and only then. */
    @SqlUpdate("""
      update sixhats_exercises set status = 'concluding', round_ends_at = null
      where team_id = :team and id = :id and status = 'running' and current_round = :from""")
    int concludeAfter(@Bind("team") String team, @Bind("id") long id, @Bind("from") int from);

    @SqlUpdate("""
      update sixhats_exercises set status = 'finished', conclusion_decide = :decide, conclusion_next = :next,
        finished_at = :now, round_ends_at = null
      where team_id = :team and id = :id and status in ('running', 'concluding')""")
    int finish(
            @Bind("team") String team,
            @Bind("id") long id,
            @Bind("decide") String decide,
            @Bind("next") String next,
            @Bind("now") long now);

    /** Finished since {@code since} but with no summary posted: Kompis stopped between the two. */
    @SqlQuery("select * from sixhats_exercises where status = 'finished' and summary_ts is null "
            + "and finished_at >= :since")
    List<Exercise> unsummarised(@Bind("since") long since);

    @SqlUpdate("update sixhats_exercises set summary_ts = :ts where team_id = :team and id = :id")
    void setSummaryTs(@Bind("team") String team, @Bind("id") long id, @Bind("ts") String ts);

    /** 1 if stored; 0 if this view was already stored or the exercise takes no keywords (any more). */
    @SqlUpdate("""
      insert into sixhats_contributions(exercise_id, team_id, user_id, hat, text, view_id, created_at)
      select :id, :team, :user, :hat, :text, :view, :now
      where exists (select 1 from sixhats_exercises
                    where team_id = :team and id = :id and status in ('running', 'concluding'))
      on conflict(exercise_id, user_id, view_id) do nothing""")
    int contribute(
            @Bind("id") long exerciseId,
            @Bind("team") String team,
            @Bind("user") String user,
            @Bind("hat") String hat,
            @Bind("text") String text,
            @Bind("view") String viewId,
            @Bind("now") long now);

    @SqlQuery("select * from sixhats_contributions where exercise_id = :id and user_id = :user and view_id = :view")
    Optional<Contribution> contribution(
            @Bind("id") long exerciseId, @Bind("user") String user, @Bind("view") String viewId);

    @SqlUpdate("update sixhats_contributions set reply_ts = :ts where team_id = :team and id = :id")
    void setReplyTs(@Bind("team") String team, @Bind("id") long id, @Bind("ts") String ts);

    @SqlQuery("select * from sixhats_contributions where exercise_id = :id order by id")
    List<Contribution> contributions(@Bind("id") long exerciseId);
}
