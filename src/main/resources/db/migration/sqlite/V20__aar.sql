-- After-action reviews. Times are epoch milliseconds (UTC); dates are ISO local dates in time_zone.

-- One review in one channel. start_key (the trigger or view that started it) makes a retried start a no-op.
create table aar_reviews (
  id                  integer primary key,
  team_id             text not null,
  channel_id          text not null,
  title               text not null,
  goal                text,
  created_by          text not null,
  start_key           text not null unique,
  deadline_date       text not null,
  deadline_at         bigint not null,
  time_zone           text not null,
  whole_channel       integer not null default 0,
  message_ts          text,
  status              text not null default 'open' check (status in ('open', 'closed')),
  closed_by           text,
  closed_at           bigint,
  summary_ts          text,
  lessons_at          bigint,
  deadline_dm_channel text,
  deadline_dm_ts      text,
  created_at          bigint not null
);
create index aar_reviews_channel on aar_reviews(team_id, channel_id, created_at);

-- Who was asked to answer (and everyone who answered); reminded_at makes the one reminder happen once.
create table aar_participants (
  review_id   integer not null references aar_reviews(id) on delete cascade,
  user_id     text not null,
  reminded_at bigint,
  primary key (review_id, user_id)
);

-- One answer per person per review: answering again edits it. version counts edits; posted_version is what the
-- thread reply shows, so a retried or raced sync never posts twice and never leaves an old text standing.
create table aar_answers (
  id             integer primary key,
  review_id      integer not null references aar_reviews(id) on delete cascade,
  team_id        text not null,
  user_id        text not null,
  expected       text,
  actual         text,
  difference     text,
  better         text,
  version        integer not null default 1,
  posted_version integer not null default 0,
  reply_ts       text,
  created_at     bigint not null,
  updated_at     bigint not null,
  unique (review_id, user_id)
);

-- Up to three action items per answer, followed up on their due date like a budget line.
create table aar_action_items (
  id              integer primary key,
  review_id       integer not null references aar_reviews(id) on delete cascade,
  team_id         text not null,
  author_id       text not null,
  position        integer not null,
  what            text not null,
  owner_id        text not null,
  due_date        text not null,
  status          text not null default 'open' check (status in ('open', 'done', 'dropped')),
  new_date        text,
  drop_reason     text,
  followup_channel text,
  followup_ts     text,
  updated_at      bigint not null,
  unique (review_id, author_id, position)
);
create index aar_action_items_owner on aar_action_items(team_id, owner_id, status);
