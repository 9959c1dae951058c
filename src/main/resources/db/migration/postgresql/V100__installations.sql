-- PostgreSQL twin of sqlite/V100__installations.sql (booleans and bigserial where SQLite has integers).
-- Installations through "Add to Slack" (OAuth mode; single-workspace mode uses SLACK_BOT_TOKEN and none of this).
-- Tokens are AES-GCM ciphertext (org.kompis.install.TokenCipher), bound to their row: never plain text here.
-- enterprise_id '' = not in an Enterprise Grid org; team_id '' = an org-wide install (is_enterprise_install).
-- '' rather than NULL because a primary key treats NULLs as distinct, and an upsert needs one row per key.

-- The bot of each install, the latest one: what every request and job of that workspace (or org) uses.
create table slack_bots (
  enterprise_id         text not null default '',
  team_id               text not null default '',
  app_id                text,
  enterprise_name       text,
  enterprise_url        text,
  team_name             text,
  is_enterprise_install boolean not null default false,
  token_type            text,
  bot_id                text,
  bot_user_id           text,
  bot_scope             text,
  bot_token             text not null,
  refresh_token         text,
  expires_at            bigint,
  -- Token rotation: a replica that refreshes first claims the row until this time, so two never race.
  refresh_claim_until   bigint,
  installed_at          bigint not null,
  updated_at            bigint not null,
  primary key (enterprise_id, team_id)
);

-- Who installed, append-only (one row per install). Kompis asks for no user scopes, and a user token Slack
-- sends anyway is not kept: only the bot's token is stored.
create table slack_installers (
  id                    bigserial primary key,
  enterprise_id         text not null default '',
  team_id               text not null default '',
  user_id               text not null,
  user_scope            text,
  installed_at          bigint not null
);
create index slack_installers_latest on slack_installers(enterprise_id, team_id, user_id, installed_at);

-- The OAuth state parameter: issued by /slack/install, expires after ten minutes, single use (used_at is set by
-- the one check that succeeds, the row is deleted when the install is done).
create table oauth_states (
  state      text primary key,
  expires_at bigint not null,
  used_at    bigint
);

-- The org of each workspace seen: a job knows only its team_id, and an org-wide install is stored by enterprise.
create table workspace_orgs (
  team_id       text primary key,
  enterprise_id text not null,
  seen_at       bigint not null
);
