-- Six thinking hats. Times are epoch milliseconds; unique keys make every step safe to repeat.

-- One exercise on one topic in one channel. status: open -> running -> concluding -> finished.
-- start_key (the command's trigger_id or the start modal's view id) makes a repeated start a no-op.
create table sixhats_exercises (
  id                integer primary key,
  team_id           text not null,
  channel_id        text not null,
  topic             text not null,
  mode              text not null check (mode in ('in_threes', 'hat_by_hat')),
  switched          integer not null default 0,
  round_minutes     integer not null,
  facilitator_id    text not null,
  seed              bigint not null,
  start_key         text not null,
  message_ts        text,
  status            text not null default 'open' check (status in ('open', 'running', 'concluding', 'finished')),
  current_round     integer,
  round_ends_at     bigint,
  conclusion_decide text,
  conclusion_next   text,
  summary_ts        text,
  created_at        bigint not null,
  started_at        bigint,
  finished_at       bigint,
  unique (team_id, start_key)
);

-- Who joined; in threes, their group and hat once the exercise started (or when they joined late).
create table sixhats_participants (
  id          integer primary key,
  exercise_id integer not null references sixhats_exercises(id) on delete cascade,
  team_id     text not null,
  user_id     text not null,
  group_no    integer,
  hat         text,
  joined_at   bigint not null,
  unique (exercise_id, user_id)
);

-- Keywords written under a hat. A person may write several times; view_id (one per opened modal) makes a
-- double click on submit, or a retried submission, one contribution.
create table sixhats_contributions (
  id          integer primary key,
  exercise_id integer not null references sixhats_exercises(id) on delete cascade,
  team_id     text not null,
  user_id     text not null,
  hat         text not null,
  text        text not null,
  view_id     text not null,
  reply_ts    text,
  created_at  bigint not null,
  unique (exercise_id, user_id, view_id)
);
create index sixhats_contributions_exercise on sixhats_contributions(exercise_id, id);
