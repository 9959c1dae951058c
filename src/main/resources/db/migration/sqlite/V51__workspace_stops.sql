-- Why a workspace's work is stopped. uninstalled_at: app_uninstalled or tokens_revoked for the bot (the first time
-- counts; a reinstall clears it); its data is kept for retention_days after that, then purged. access_lost_at: Slack
-- refused the token (invalid_auth, token_revoked, account_inactive, ekm_access_denied); schedules are paused until a
-- manager types /kompis resume. admin_told_at: the managers were told, once.
create table workspace_stops (
  team_id text primary key,
  uninstalled_at integer,
  access_lost_at integer,
  access_error text,
  admin_told_at integer
);
