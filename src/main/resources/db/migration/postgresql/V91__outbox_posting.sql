-- PostgreSQL twin of db/migration/sqlite/V91__outbox_posting.sql.
-- When a row's request went to Slack (the replicas' shared clock), written and committed right before the request.
-- A row "sending" without it was claimed but never posted: after a crash it simply goes out. A row with it and no
-- answer recorded may be in the channel or not; chat.postMessage has no idempotency key, so it is never posted
-- blindly again: it is marked failed "uncertain" and its ritual is told.
alter table outbox add column posting_at bigint;

-- The rate is now cut by a fraction of what was offered at a 429; the ceiling estimated from recorded posts is gone.
alter table send_rates drop column ceiling;
-- Slots handed out in the current second (from window_start) and in the last whole one: the rate is raised only
-- while the replicas use nearly all of it, so it cannot run far ahead of what they can post.
alter table send_rates add column window_start bigint not null default 0;
alter table send_rates add column window_slots double precision not null default 0;
alter table send_rates add column last_window double precision not null default 0;
