-- /readyz writes one row here: a database that answers reads but refuses writes is not ready.
create table health_probe (
  id integer primary key,
  at integer not null
);

-- A signed request seen once: the same body and signature again within Slack's 5 minutes is a replay.
create table request_seen (
  signature text primary key,
  seen_at   integer not null
);
create index request_seen_at on request_seen (seen_at);
