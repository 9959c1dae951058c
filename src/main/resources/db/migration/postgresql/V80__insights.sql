-- PostgreSQL twin of db/migration/sqlite/V80__insights.sql: the same statements (they are portable).
-- Manager insights (/insights): sign-in with Slack, sessions, the monthly summary, searches that found nothing.
-- Times are epoch milliseconds (UTC). Portable SQL: the same statements run on PostgreSQL.

-- A sign-in under way. state and nonce go to Slack and must come back unchanged to the browser that started it
-- (browser: SHA-256 of a cookie only that browser holds). Used once, then deleted; stale ones are swept.
create table insight_logins (
  state      text primary key,
  nonce      text not null,
  browser    text not null,
  created_at bigint not null
);

-- A signed-in browser. id is the SHA-256 of the cookie, so a copy of the database opens no session. Sessions live
-- here, not in memory, so any replica can serve the next request; expires_at is absolute.
create table insight_sessions (
  id         text primary key,
  team_id    text not null,
  user_id    text not null,
  csrf       text not null,
  created_at bigint not null,
  expires_at bigint not null
);
create index insight_sessions_expiry on insight_sessions(expires_at);
create index insight_sessions_user on insight_sessions(team_id, user_id);

-- Managers who asked for the monthly learning report in a DM.
create table insight_subscribers (
  team_id    text not null,
  user_id    text not null,
  created_at bigint not null,
  primary key (team_id, user_id)
);

-- One monthly report per manager per month (yyyy-mm): the key, claimed before the DM is sent, makes it happen once.
create table insight_reports (
  team_id    text not null,
  user_id    text not null,
  month      text not null,
  sent_at    bigint,
  created_at bigint not null,
  primary key (team_id, user_id, month)
);

-- What /lessons searches found nothing for: the words (lowercase), the channel searched in ('' outside a channel)
-- and the week (its Monday, yyyy-mm-dd). No user id and no time of day: nobody can be traced from it.
create table lesson_search_misses (
  team_id    text not null,
  channel_id text not null,
  words      text not null,
  week       text not null,
  searches   integer not null default 1,
  primary key (team_id, channel_id, words, week)
);

-- The insights page reads one channel over some weeks.
create index sixhats_exercises_channel on sixhats_exercises(team_id, channel_id, created_at);
create index lessons_channel_created on lessons(team_id, channel_id, created_at);
create index reflection_prompts_created on reflection_prompts(team_id, channel_id, created_at);
create index pairs_rounds_channel_at on pairs_rounds(team_id, channel_id, round_at);
