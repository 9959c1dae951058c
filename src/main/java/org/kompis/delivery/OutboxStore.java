package org.kompis.delivery;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.kompis.cluster.Dialect;

/**
 * The outbox table. A row goes pending, then sending (claimed by one replica, in the database), then gets its
 * {@code posting_at} mark right before its request goes to Slack, then sent, failed or pending again. Every change is
 * guarded by the row's status and claimer, so a replica that was given up for dead cannot post or record a row
 * another replica has taken over.
 */
@RegisterConstructorMapper(OutboxRow.class)
public interface OutboxStore {
    /** The rows of {@code :team} that may be posted now, as an {@code id in (...)} list for the claim. */
    String CLAIMABLE = """
            select o.id from outbox o
            where o.team_id = :team and o.status = 'pending' and o.next_attempt_at <= :now
              and not exists (select 1 from outbox p where p.team_id = o.team_id and p.channel_id = o.channel_id
                              and p.id < o.id and p.status in ('pending', 'sending'))
              and not exists (select 1 from outbox p where p.team_id = o.team_id and p.channel_id = o.channel_id
                              and p.posted_at > :wall - :gap)
            order by o.next_attempt_at, o.id
            limit :limit""";

    String CLAIM = """
            update outbox set status = 'sending', attempts = attempts + 1, claimed_at = :now, claimer = :me,
              posting_at = null
            where id in (""";

    String AS_BEFORE = """
            )
            returning id, team_id, run_key, channel_id, thread_ts, kind, ref, status, ts, error,
              attempts - 1 as attempts, next_attempt_at, created_at, claimed_at, sent_at""";

    /** The error of a row whose request went out when its replica stopped: Slack may or may not have it. */
    String UNCERTAIN = "uncertain: Kompis stopped while posting it";

    /** Whether the replica named by {@code claimer} is gone: not this one, and silent or signed off. */
    String CLAIMER_GONE = """
            (claimer is null or claimer <> :me and not exists (
              select 1 from replicas r where r.id = claimer and r.seen_at > :aliveSince and r.stopped_at is null))""";

    /** 1 if the post is new, 0 if this run already has a row for this channel. */
    @SqlUpdate("""
            insert into outbox(team_id, run_key, channel_id, thread_ts, kind, ref, status, next_attempt_at, created_at)
            values (:teamId, :runKey, :channelId, :threadTs, :kind, :ref, 'pending', :now, :now)
            on conflict(run_key, channel_id) do nothing""")
    int insert(@BindMethods Post post, @Bind("now") long now);

    /** Workspaces with rows due now, by id (their rows may still wait for their channel or a paused workspace). */
    @SqlQuery("""
            select distinct team_id from outbox where status = 'pending' and next_attempt_at <= :now
            order by team_id limit :limit""")
    List<String> dueTeams(@Bind("now") long now, @Bind("limit") int limit);

    @SqlQuery("select min(next_attempt_at) from outbox where status = 'pending'")
    Optional<Long> nextDue();

    /**
     * Claims up to {@code limit} of {@code team}'s rows that may be posted now for replica {@code me}, in one
     * statement: due, first in their channel (a channel's posts keep their order) and a second after that channel's
     * last post (by {@code wall}, the replicas' clock). On PostgreSQL rows another replica is claiming are skipped,
     * not waited for. Rows come back as they were before the claim.
     */
    default List<OutboxRow> claimDue(
            Dialect dialect, String team, long now, long wall, long gapMillis, int limit, String me) {
        return dialect == Dialect.POSTGRESQL
                ? claimDueLocking(team, now, wall, gapMillis, limit, me)
                : claimDueAlone(team, now, wall, gapMillis, limit, me);
    }

    @SqlQuery(CLAIM + CLAIMABLE + AS_BEFORE)
    List<OutboxRow> claimDueAlone(
            @Bind("team") String team,
            @Bind("now") long now,
            @Bind("wall") long wall,
            @Bind("gap") long gapMillis,
            @Bind("limit") int limit,
            @Bind("me") String me);

    @SqlQuery(CLAIM + CLAIMABLE + " for update skip locked" + AS_BEFORE)
    List<OutboxRow> claimDueLocking(
            @Bind("team") String team,
            @Bind("now") long now,
            @Bind("wall") long wall,
            @Bind("gap") long gapMillis,
            @Bind("limit") int limit,
            @Bind("me") String me);

    /** Right before the request: 0 if the row is no longer this replica's to post (it was taken over). */
    @SqlUpdate("""
            update outbox set posting_at = :wall
            where id = :id and status = 'sending' and claimer = :me and posting_at is null""")
    int markPosting(@Bind("id") long id, @Bind("wall") long wall, @Bind("me") String me);

    /**
     * Sent: the ts is kept. Slack's answer wins over a takeover that marked the row uncertain meanwhile (this replica
     * was silent long enough to count as dead, yet posted it).
     */
    @SqlUpdate("""
            update outbox set status = 'sent', ts = :ts, sent_at = :now, posted_at = :wall, error = null
            where id = :id and claimer = :me
              and (status = 'sending' or status = 'failed' and error like 'uncertain%')""")
    int markSent(
            @Bind("id") long id,
            @Bind("ts") String ts,
            @Bind("now") long now,
            @Bind("wall") long wall,
            @Bind("me") String me);

    /** Back to pending for another try at {@code at}; {@code countAttempt} false for a workspace-wide 429. */
    @SqlUpdate("""
            update outbox set status = 'pending', error = :error, next_attempt_at = :at, posting_at = null,
              attempts = case when :countAttempt = 1 then attempts else attempts - 1 end
            where id = :id and status = 'sending' and claimer = :me""")
    int retryAt(
            @Bind("id") long id,
            @Bind("error") String error,
            @Bind("at") long at,
            @Bind("countAttempt") boolean countAttempt,
            @Bind("me") String me);

    @SqlUpdate("update outbox set status = 'failed', error = :error "
            + "where id = :id and status = 'sending' and claimer = :me")
    int markFailed(@Bind("id") long id, @Bind("error") String error, @Bind("me") String me);

    /**
     * Rows a gone replica (or this database's last process) claimed but never sent to Slack: pending again, the claim
     * not counted as an attempt.
     */
    @SqlUpdate("update outbox set status = 'pending', next_attempt_at = :now, attempts = attempts - 1, claimer = null\n"
            + "where status = 'sending' and posting_at is null and " + CLAIMER_GONE)
    int requeueUnposted(@Bind("now") long now, @Bind("me") String me, @Bind("aliveSince") long aliveSince);

    /**
     * Rows a gone replica had sent to Slack without recording the answer: they may be in the channel or not, so they
     * are failed as uncertain, never posted again blindly. Returned for their rituals to be told.
     */
    @SqlQuery("update outbox set status = 'failed', error = '" + UNCERTAIN + "'\n"
            + "where status = 'sending' and posting_at is not null and " + CLAIMER_GONE + "\n"
            + "returning id, team_id, run_key, channel_id, thread_ts, kind, ref, status, ts, error, attempts, "
            + "next_attempt_at, created_at, claimed_at, sent_at")
    List<OutboxRow> failUncertain(@Bind("me") String me, @Bind("aliveSince") long aliveSince);

    /** On a clean stop: this replica's claims not yet sent to Slack go back, for the others (or the next start). */
    @SqlUpdate("""
            update outbox set status = 'pending', attempts = attempts - 1, claimer = null
            where status = 'sending' and posting_at is null and claimer = :me""")
    int release(@Bind("me") String me);

    @SqlUpdate("delete from outbox where status in ('sent', 'failed') and created_at < :before")
    int purge(@Bind("before") long before);
}
