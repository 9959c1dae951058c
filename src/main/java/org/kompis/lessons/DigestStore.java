package org.kompis.lessons;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** One digest post per (schedule, fire time): the claim is what makes a repeated run post nothing. */
interface DigestStore {
    /** 1 if this run is new, 0 if it was claimed before. */
    @SqlUpdate("""
      insert into lesson_digests(team_id, schedule_id, fire_time, channel_id, lessons, created_at)
      values (:team, :schedule, :fireTime, :channel, 0, :now)
      on conflict(schedule_id, fire_time) do nothing""")
    int claim(
            @Bind("team") String team,
            @Bind("schedule") long scheduleId,
            @Bind("fireTime") long fireTime,
            @Bind("channel") String channel,
            @Bind("now") long now);

    /** How many lessons the run found, before it is handed to the outbox. */
    @SqlUpdate("update lesson_digests set lessons = :n where schedule_id = :schedule and fire_time = :fireTime")
    void counted(@Bind("schedule") long scheduleId, @Bind("fireTime") long fireTime, @Bind("n") int lessons);

    /** The post's ts, in the transaction that marks its outbox row sent. */
    @SqlUpdate("update lesson_digests set message_ts = :ts where schedule_id = :schedule and fire_time = :fireTime")
    void posted(@Bind("schedule") long scheduleId, @Bind("fireTime") long fireTime, @Bind("ts") String ts);
}
