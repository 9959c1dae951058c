-- Several Kompis replicas on one database (PostgreSQL; SQLite keeps one process, and these columns stay unused there
-- but for the owner of runs and timers). A replica checks in every few seconds; one silent for 20 s is dead, and what
-- it had claimed is taken over: its unfinished scheduled runs and timers run again (their jobs repeat nothing), its
-- outbox rows in "sending" go out again as "uncertain".
create table replicas (
  id         text primary key,
  started_at bigint not null,
  seen_at    bigint not null,
  stopped_at bigint
);

alter table schedule_runs add column owner text;
alter table schedule_runs add column finished_at bigint;
alter table timers add column owner text;
alter table timers add column finished_at bigint;
alter table outbox add column claimer text;
-- When the post reached Slack, by the replicas' shared clock: a channel's next post waits a second after it.
alter table outbox add column posted_at bigint;

-- Slack's limits for the deployment as a whole: the posting rate found for each workspace, shared by the replicas.
create table send_rates (
  team_id      text primary key,
  per_second   double precision not null,
  paused_until bigint not null default 0,
  raised_at    bigint not null default 0,
  limited_at   bigint not null default 0,
  next_slot    double precision not null default 0,
  -- 95 % of what Slack took when it last said 429: the rate grows no further (0: no 429 yet).
  ceiling      double precision not null default 0
);
