-- Peer-learning pairs. A pool is a channel. Times are epoch milliseconds; unique keys make every step safe to repeat.

-- Who takes part in a channel's rounds. Leaving deletes the row.
create table pairs_members (
  team_id          text not null,
  channel_id       text not null,
  user_id          text not null,
  joined_at        bigint not null,
  -- A local date (yyyy-mm-dd): left out of every round before it.
  snoozed_until    text,
  -- The ghost rule: after three unanswered follow-ups in a row, left out until /pairs join.
  paused           integer not null default 0,
  missed_followups integer not null default 0,
  primary key (team_id, channel_id, user_id)
);

-- What a person tells the matcher, once per workspace. Lists are comma separated, tags lowercase.
-- is_private: the profile is not shown to others and its tags are not suggested to others.
create table pairs_profiles (
  team_id        text not null,
  user_id        text not null,
  unit           text,
  can_help       text not null default '',
  wants_to_learn text not null default '',
  prefers_three  integer not null default 0,
  languages      text not null default '',
  rather_not     text not null default '',
  is_private     integer not null default 0,
  updated_at     bigint not null,
  primary key (team_id, user_id)
);

-- One round in one channel. run_key (the schedule's fire time or the command's trigger id) is claimed before
-- matching, so a round runs once; round_no counts the channel's rounds for the meeting history.
create table pairs_rounds (
  id          integer primary key,
  team_id     text not null,
  channel_id  text not null,
  round_no    integer not null,
  run_key     text not null,
  round_at    bigint not null,
  created_by  text,
  status      text not null default 'claimed' check (status in ('claimed', 'matched', 'too_few')),
  solver      text,
  people      integer,
  announce_ts text,
  created_at  bigint not null,
  unique (team_id, run_key),
  unique (team_id, channel_id, round_no)
);

-- A pair or the trio of a round, with why they were matched and where their group DM is.
-- help: one "helper learner topic" per line. window_closed: the ghost rule has counted this group's follow-up.
create table pairs_groups (
  id              integer primary key,
  round_id        integer not null references pairs_rounds(id) on delete cascade,
  team_id         text not null,
  channel_id      text not null,
  group_no        integer not null,
  lang            text not null,
  help            text not null default '',
  first_meeting   integer not null,
  different_teams integer not null,
  dm_channel_id   text,
  intro_ts        text,
  followup_ts     text,
  window_closed   integer not null default 0,
  unique (round_id, group_no)
);

create table pairs_group_members (
  group_id integer not null references pairs_groups(id) on delete cascade,
  user_id  text not null,
  primary key (group_id, user_id)
);
create index pairs_group_members_user on pairs_group_members(user_id);

-- Who met whom in which round of the channel: the matcher's history (a trio is three meetings).
create table pairs_meetings (
  team_id    text not null,
  channel_id text not null,
  a          text not null,
  b          text not null,
  round_no   integer not null,
  primary key (team_id, channel_id, a, b, round_no)
);

-- "Did you meet?" One answer per person per group; a later click replaces it.
create table pairs_answers (
  group_id    integer not null references pairs_groups(id) on delete cascade,
  user_id     text not null,
  answer      text not null check (answer in ('yes', 'not_yet', 'wont')),
  answered_at bigint not null,
  primary key (group_id, user_id)
);

-- "What did you learn?" One text per person per group; shared: the person let the channel's lessons have it.
create table pairs_learnings (
  id         integer primary key,
  group_id   integer not null references pairs_groups(id) on delete cascade,
  team_id    text not null,
  channel_id text not null,
  user_id    text not null,
  text       text not null,
  shared     integer not null,
  created_at bigint not null,
  unique (group_id, user_id)
);

-- Buddies for newcomers: per channel, whether it is on and who volunteers (comma separated user ids).
create table pairs_buddy_settings (
  team_id    text not null,
  channel_id text not null,
  enabled    integer not null,
  volunteers text not null default '',
  updated_by text,
  updated_at bigint not null,
  primary key (team_id, channel_id)
);

-- One buddy per newcomer per channel: a repeated member_joined_channel can never assign a second.
create table pairs_buddies (
  id            integer primary key,
  team_id       text not null,
  channel_id    text not null,
  newcomer      text not null,
  buddy         text not null,
  lang          text not null,
  assigned_at   bigint not null,
  dm_channel_id text,
  intro_ts      text,
  unique (team_id, channel_id, newcomer)
);
create index pairs_buddies_buddy on pairs_buddies(team_id, buddy);
