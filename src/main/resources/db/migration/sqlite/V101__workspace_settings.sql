-- Each workspace's own settings, chosen by its admins in Slack (/kompis settings, or the App Home button).
-- A NULL column means "as config/kompis.yaml says": the file gives the defaults, a row only what was changed.
create table workspace_settings (
  team_id        text primary key,
  lang           text,
  time_zone      text,
  holidays       text,
  manager_group  text,
  -- 0 keeps everything until it is deleted; NULL follows retention_days in the file.
  retention_days integer,
  updated_by     text,
  updated_at     bigint not null
);
