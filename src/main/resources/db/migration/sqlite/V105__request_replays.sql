-- Signed slash commands and clicks already handled, by a hash of timestamp, signature and body: a copy sent again
-- within the 5 minutes its timestamp is valid (to this process, another replica, or after a restart) has no effect.
-- expires_at: when the timestamp is no longer accepted anyway (plus a minute for replicas' clocks); then purged.
create table request_replays (
  digest text primary key,
  expires_at integer not null
);
create index request_replays_expiry on request_replays(expires_at);
