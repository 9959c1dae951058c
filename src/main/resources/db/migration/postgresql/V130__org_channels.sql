-- Enterprise Grid: a channel shared between workspaces of one org is one channel. Its rituals' rows live under one
-- workspace of the org, its home (the first workspace of the org that used it); a request about it from another
-- workspace of the org is served as the home's. Slack Connect channels with other orgs have another enterprise_id.
create table org_channels (
  enterprise_id text   not null,
  channel_id    text   not null,
  home_team     text   not null,
  first_seen    bigint not null,
  primary key (enterprise_id, channel_id)
);

-- A form opened for a shared channel's home, so its submission (which names no channel) is served as the home's.
create table org_forms (
  view_id       text   primary key,
  enterprise_id text   not null,
  home_team     text   not null,
  opened_at     bigint not null
);
create index org_forms_opened on org_forms(opened_at);
