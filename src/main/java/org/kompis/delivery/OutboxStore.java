package org.kompis.delivery;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The outbox table. Claims and results are single-row updates guarded by the row's status. */
@RegisterConstructorMapper(OutboxRow.class)
public interface OutboxStore {

    /** 1 if the post is new, 0 if this run already has a row for this channel. */
    @SqlUpdate("""
      insert into outbox(team_id, run_key, channel_id, thread_ts, kind, ref, status, next_attempt_at, created_at)
      values (:teamId, :runKey, :channelId, :threadTs, :kind, :ref, 'pending', :now, :now)
      on conflict(run_key, channel_id) do nothing""")
    int insert(@BindMethods Post post, @Bind("now") long now);

    /**
     * Rows that may be posted now: pending, due, and first in their channel (an earlier row still pending or being
     * sent holds the later ones back, so a channel's posts keep their order).
     */
    @SqlQuery("""
      select o.* from outbox o
      where o.status = 'pending' and o.next_attempt_at <= :now
        and not exists (select 1 from outbox p where p.team_id = o.team_id and p.channel_id = o.channel_id
                        and p.id < o.id and p.status in ('pending', 'sending'))
      order by o.next_attempt_at, o.id
      limit :limit""")
    List<OutboxRow> due(@Bind("now") long now, @Bind("limit") int limit);

    @SqlQuery("select min(next_attempt_at) from outbox where status = 'pending'")
    Optional<Long> nextDue();

    @SqlUpdate("""
      update outbox set status = 'sending', attempts = attempts + 1, claimed_at = :now, claimer = :me
      where id = :id and status = 'pending'""")
    int claim(@Bind("id") long id, @Bind("now") long now, @Bind("me") String me);

    /**
     * PostgreSQL, several replicas: claims up to {@code limit} due rows for replica {@code me} in one statement. Rows
     * another replica is claiming at this moment are skipped, not waited for; a channel's next row waits until its
     * earlier one is done and a second has passed since that was posted (by {@code wall}, the replicas' clock).
     * Rows come back as they were before the claim, as {@link #due} reads them.
     */
    @SqlQuery("""
      update outbox set status = 'sending', attempts = attempts + 1, claimed_at = :now, claimer = :me
      where id in (
        select o.id from outbox o
        where o.status = 'pending' and o.next_attempt_at <= :now
          and not exists (select 1 from outbox p where p.team_id = o.team_id and p.channel_id = o.channel_id
                          and p.id < o.id and p.status in ('pending', 'sending'))
          and not exists (select 1 from outbox p where p.team_id = o.team_id and p.channel_id = o.channel_id
                          and p.posted_at > :wall - :gap)
        order by o.next_attempt_at, o.id
        limit :limit
        for update skip locked)
      returning id, team_id, run_key, channel_id, thread_ts, kind, ref, status, ts, error,
        attempts - 1 as attempts, next_attempt_at, created_at, claimed_at, sent_at""")
    List<OutboxRow> claimDue(
            @Bind("now") long now,
            @Bind("wall") long wall,
            @Bind("gap") long gapMillis,
            @Bind("limit") int limit,
            @Bind("me") String me);

    /** Sent: the ts is kept; an "uncertain" note from a restart stays, so rows that may have doubled can be found. */
    @SqlUpdate("""
      update outbox set status = 'sent', ts = :ts, sent_at = :now, posted_at = :wall,
        error = case when error like 'uncertain%' then error end
      where id = :id and status = 'sending'""")
    int markSent(@Bind("id") long id, @Bind("ts") String ts, @Bind("now") long now, @Bind("wall") long wall);

    /** Back to pending for another try at {@code at}; {@code countAttempt} false for a workspace-wide 429. */
    @SqlUpdate("""
      update outbox set status = 'pending', error = :error, next_attempt_at = :at,
        attempts = case when :countAttempt = 1 then attempts else attempts - 1 end
      where id = :id and status = 'sending'""")
    int retryAt(
            @Bind("id") long id,
            @Bind("error") String error,
            @Bind("at") long at,
            @Bind("countAttempt") boolean countAttempt);

    @SqlUpdate(
            "update outbox set status = 'failed', error = :error where id = :id and status in ('pending', 'sending')")
    int markFailed(@Bind("id") long id, @Bind("error") String error);

    /**
     * After a crash: rows a dead replica (or this database's last process) was posting have an unknown outcome; they
     * go out again. Rows of live replicas are theirs to finish.
     */
    @SqlUpdate("""
      update outbox set status = 'pending', next_attempt_at = :now,
        error = 'uncertain: was being sent when Kompis stopped; posted again, may duplicate'
      where status = 'sending' and ts is null and (claimer is null or claimer <> :me and not exists (
        select 1 from replicas r where r.id = claimer and r.seen_at > :aliveSince and r.stopped_at is null))""")
    int requeueUncertain(@Bind("now") long now, @Bind("me") String me, @Bind("aliveSince") long aliveSince);

    @SqlUpdate("delete from outbox where status in ('sent', 'failed') and created_at < :before")
    int purge(@Bind("before") long before);
}
