-- The Slack side of the lessons library.

-- "A mistake we learned from": shown with the lesson, so sharing one is seen as the learning it is.
alter table lessons add column mistake integer not null default 0 check (mistake in (0, 1));

-- One weekly digest post per (schedule, fire time): the unique key makes a repeated run post nothing.
create table lesson_digests (
  id          integer primary key,
  team_id     text not null,
  schedule_id integer not null references schedules(id) on delete cascade,
  fire_time   bigint not null,
  channel_id  text not null,
  lessons     integer not null,
  message_ts  text,
  created_at  bigint not null,
  unique (schedule_id, fire_time)
);
create index lesson_digests_created on lesson_digests(created_at);
