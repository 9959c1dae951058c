-- Foundation tables. Times are epoch milliseconds (UTC); every row carries its Slack team_id.

-- Events API deliveries already handled: Slack retries, and the unique key makes a retry a no-op.
create table event_inbox (
  event_id    text primary key,
  team_id     text not null,
  received_at bigint not null
);

-- A person's own choices (/kompis language).
create table user_settings (
  team_id text not null,
  user_id text not null,
  lang    text,
  primary key (team_id, user_id)
);

-- A channel's language: what its ritual posts speak, whoever reads them.
create table channel_settings (
  team_id    text not null,
  channel_id text not null,
  lang       text,
  primary key (team_id, channel_id)
);

-- One recurring ritual in one channel: a Quartz cron read in time_zone, every_weeks from anchor.
create table schedules (
  id           integer primary key,
  team_id      text not null,
  ritual       text not null,
  channel_id   text not null,
  cron         text not null,
  time_zone    text not null,
  every_weeks  integer not null default 1,
  holidays     text not null default 'none',
  anchor       text not null,
  paused       integer not null default 0,
  created_by   text,
  created_at   bigint not null,
  last_fire_at bigint,
  unique (team_id, ritual, channel_id)
);

-- A run happens once: the unique (schedule, fire time) decides it, not memory.
create table schedule_runs (
  id          integer primary key,
  schedule_id integer not null references schedules(id) on delete cascade,
  fire_time   bigint not null,
  started_at  bigint not null,
  unique (schedule_id, fire_time)
);

-- One-off things to do at a time: reminders, follow-ups, the end of a round.
create table timers (
  id       integer primary key,
  team_id  text not null,
  kind     text not null,
  ref      text not null,
  due_at   bigint not null,
  fired_at bigint,
  unique (kind, ref)
);
create index timers_pending on timers(due_at) where fired_at is null;
