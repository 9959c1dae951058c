-- The outbox: one row per channel post a ritual wants made, written in the same transaction as the ritual's own
-- row, and drained by org.kompis.delivery.Sender within Slack's rate limits. UNIQUE(run_key, channel_id) makes a
-- run post at most one message per channel however often it is enqueued.
-- A row says what to post by reference (kind + ref, rendered by the ritual when it is sent), not as frozen JSON.
-- status: pending -> sending -> sent (ts set in the same update) | failed (error); a row left "sending" without a
-- ts after a crash has an unknown outcome and is posted again at start (see the README).
create table outbox (
  id              integer primary key,
  team_id         text not null,
  run_key         text not null,
  channel_id      text not null,
  thread_ts       text,
  kind            text not null,
  ref             text not null,
  status          text not null default 'pending' check (status in ('pending', 'sending', 'sent', 'failed')),
  ts              text,
  error           text,
  attempts        integer not null default 0,
  next_attempt_at bigint not null,
  created_at      bigint not null,
  claimed_at      bigint,
  sent_at         bigint,
  unique (run_key, channel_id)
);
create index outbox_due on outbox(status, next_attempt_at, id);
create index outbox_channel on outbox(team_id, channel_id, id);
