-- Weekly reflection: a channel's settings, managers' own prompts, each prompt posted and the answers to it.
-- When and how often is the channel's row in schedules (ritual 'reflect'); the prompts' language is channel_settings.

create table reflection_channels (
  team_id    text not null,
  channel_id text not null,
  anonymity  integer not null default 1,  -- answers may be anonymous
  themes     text,                        -- comma-separated theme filter; null: every theme
  time_zone  text,                        -- chosen in the settings modal; null: the manager's Slack time zone
  updated_by text,
  updated_at bigint not null,
  primary key (team_id, channel_id)
);

create table reflection_own_prompts (
  id         integer primary key,
  team_id    text not null,
  channel_id text not null,
  text       text not null,
  created_by text not null,
  created_at bigint not null
);
create index reflection_own_prompts_channel on reflection_own_prompts(team_id, channel_id, id);

-- One prompt posted in one channel by one run: a scheduled fire ('reflect:<schedule>:<fire millis>') or
-- /reflect now ('reflect-now:<uuid>'). run_key is also the outbox row's run key.
create table reflection_prompts (
  id           integer primary key,
  team_id      text not null,
  channel_id   text not null,
  run_key      text not null,
  fire_time    bigint not null,
  prompt_id    text not null,      -- the library id, or own-<id>
  theme        text not null,
  cycle        integer not null,   -- rotation round: no prompt repeats within a round
  lang         text not null,
  text         text not null,      -- as posted, so the message and the lessons keep it if the library changes
  anonymity    integer not null,
  requested_by text,               -- who ran /reflect now or set the schedule: told if the post fails
  message_ts   text,
  created_at   bigint not null,
  unique (team_id, channel_id, run_key)
);
create index reflection_prompts_channel on reflection_prompts(team_id, channel_id, id);

-- An anonymous answer has no user id: not hidden, absent. Its created_at is cut to the day, so its time cannot be
-- matched with anything else. The check keeps it that way whatever the code does.
create table reflection_answers (
  id         integer primary key,
  team_id    text not null,
  prompt_ref integer not null references reflection_prompts(id) on delete cascade,
  user_id    text,
  anonymous  integer not null,
  shared     integer not null,
  text       text not null,
  tags       text,
  created_at bigint not null,
  check (anonymous in (0, 1) and (anonymous = 0) = (user_id is not null))
);
create index reflection_answers_prompt on reflection_answers(prompt_ref);
