package org.kompis.scheduling;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Schedules, their runs (one row per fire time: the unique key is what makes a run happen once) and timers. */
@RegisterConstructorMapper(Schedule.class)
@RegisterConstructorMapper(Timer.class)
public interface ScheduleStore {

  @SqlUpdate("""
      insert into schedules(team_id, ritual, channel_id, cron, time_zone, every_weeks, holidays, anchor, paused,
                            created_by, created_at)
      values (:teamId, :ritual, :channelId, :cron, :timeZone, :everyWeeks, :holidays, :anchor, 0, :createdBy, :createdAt)
      on conflict(team_id, ritual, channel_id) do update set
        cron = excluded.cron, time_zone = excluded.time_zone, every_weeks = excluded.every_weeks,
        holidays = excluded.holidays, anchor = excluded.anchor, paused = 0, created_by = excluded.created_by""")
  void upsert(@BindMethods Schedule s);

  @SqlQuery("select * from schedules where team_id = :team and ritual = :ritual and channel_id = :channel")
  Optional<Schedule> find(@Bind("team") String team, @Bind("ritual") String ritual, @Bind("channel") String channel);

  @SqlQuery("select * from schedules where id = :id")
  Optional<Schedule> byId(@Bind("id") long id);

  @SqlQuery("select * from schedules where paused = 0")
  List<Schedule> active();

  /** The running schedules of these channels: what is coming up for someone in them. */
  @SqlQuery("select * from schedules where team_id = :team and paused = 0 and channel_id in (<channels>)")
  List<Schedule> activeIn(@Bind("team") String team, @BindList("channels") List<String> channels);

  @SqlUpdate("update schedules set paused = :paused where id = :id")
  void setPaused(@Bind("id") long id, @Bind("paused") boolean paused);

  /** Claims a run: 1 if this fire time is new for this schedule, 0 if it already ran. */
  @SqlUpdate("insert into schedule_runs(schedule_id, fire_time, started_at) values (:id, :fireTime, :now) on conflict do nothing")
  int claimRun(@Bind("id") long scheduleId, @Bind("fireTime") long fireTime, @Bind("now") long now);

  @SqlUpdate("update schedules set last_fire_at = :fireTime where id = :id and (last_fire_at is null or last_fire_at < :fireTime)")
  void markFired(@Bind("id") long id, @Bind("fireTime") long fireTime);

  @SqlUpdate("""
      insert into timers(team_id, kind, ref, due_at) values (:team, :kind, :ref, :due)
      on conflict(kind, ref) do update set due_at = excluded.due_at, fired_at = null""")
  void putTimer(@Bind("team") String team, @Bind("kind") String kind, @Bind("ref") String ref, @Bind("due") long due);

  @SqlQuery("select * from timers where kind = :kind and ref = :ref")
  Optional<Timer> timer(@Bind("kind") String kind, @Bind("ref") String ref);

  @SqlUpdate("delete from timers where kind = :kind and ref = :ref and fired_at is null")
  void cancelTimer(@Bind("kind") String kind, @Bind("ref") String ref);

  @SqlQuery("select * from timers where fired_at is null order by due_at")
  List<Timer> pendingTimers();

  /** Claims a timer: 1 if it had not fired yet. */
  @SqlUpdate("update timers set fired_at = :now where id = :id and fired_at is null")
  int claimTimer(@Bind("id") long id, @Bind("now") long now);
}
