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
      values (:teamId, :ritual, :channelId, :cron, :timeZone, :everyWeeks, :holidays, :anchor, 0, :createdBy,
        :createdAt)
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

    @SqlQuery("select * from schedules where team_id = :team and paused = 1")
    List<Schedule> pausedOf(@Bind("team") String team);

    /**
     * The running schedules of these channels: what is coming up for someone in them. With Enterprise Grid, a channel
     * shared within the org keeps its schedules under its home workspace ({@code org_channels}), also shown here.
     */
    @SqlQuery("""
      select * from schedules where paused = 0 and channel_id in (<channels>) and (team_id = :team or team_id = (
        select c.home_team from org_channels c join workspace_orgs me on me.enterprise_id = c.enterprise_id
        where me.team_id = :team and c.channel_id = schedules.channel_id))""")
    List<Schedule> activeIn(@Bind("team") String team, @BindList("channels") List<String> channels);

    @SqlUpdate("update schedules set paused = :paused where id = :id")
    void setPaused(@Bind("id") long id, @Bind("paused") boolean paused);

    /** Claims a run for replica {@code owner}: 1 if this fire time is new for this schedule, 0 if it already ran. */
    @SqlUpdate("""
      insert into schedule_runs(schedule_id, fire_time, started_at, owner) values (:id, :fireTime, :now, :owner)
      on conflict do nothing""")
    int claimRun(
            @Bind("id") long scheduleId,
            @Bind("fireTime") long fireTime,
            @Bind("now") long now,
            @Bind("owner") String owner);

    @SqlUpdate("update schedule_runs set finished_at = :now where schedule_id = :id and fire_time = :fireTime")
    void finishRun(@Bind("id") long scheduleId, @Bind("fireTime") long fireTime, @Bind("now") long now);

    /** A run claimed by a replica that died before it finished (see org.kompis.cluster.Replica). */
    record Orphan(long id, long ref, long time, String owner) {}

    @SqlQuery("""
      select id, schedule_id as ref, fire_time as time, owner from schedule_runs
      where finished_at is null and owner is not null and owner <> :me and not exists (
        select 1 from replicas r where r.id = owner and r.seen_at > :aliveSince and r.stopped_at is null)""")
    @RegisterConstructorMapper(Orphan.class)
    List<Orphan> orphanRuns(@Bind("me") String me, @Bind("aliveSince") long aliveSince);

    /** Takes over an orphaned run: 1 for the one replica that gets it. */
    @SqlUpdate("update schedule_runs set owner = :me, started_at = :now where id = :id and owner = :owner "
            + "and finished_at is null")
    int adoptRun(@Bind("id") long id, @Bind("owner") String owner, @Bind("me") String me, @Bind("now") long now);

    @SqlQuery("""
      select id, id as ref, fired_at as time, owner from timers
      where fired_at is not null and finished_at is null and owner is not null and owner <> :me and not exists (
        select 1 from replicas r where r.id = owner and r.seen_at > :aliveSince and r.stopped_at is null)""")
    @RegisterConstructorMapper(Orphan.class)
    List<Orphan> orphanTimers(@Bind("me") String me, @Bind("aliveSince") long aliveSince);

    @SqlUpdate("update timers set owner = :me where id = :id and owner = :owner and finished_at is null")
    int adoptTimer(@Bind("id") long id, @Bind("owner") String owner, @Bind("me") String me);

    @SqlQuery("select * from timers where id = :id")
    Optional<Timer> timerById(@Bind("id") long id);

    @SqlUpdate("update timers set finished_at = :now where id = :id")
    void finishTimer(@Bind("id") long id, @Bind("now") long now);

    @SqlUpdate("update schedules set last_fire_at = :fireTime where id = :id "
            + "and (last_fire_at is null or last_fire_at < :fireTime)")
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
    @SqlUpdate(
            "update timers set fired_at = :now, owner = :owner, finished_at = null where id = :id and fired_at is null")
    int claimTimer(@Bind("id") long id, @Bind("now") long now, @Bind("owner") String owner);
}
