-- The lessons library: what every ritual learns, in one table, searchable with FTS5.
-- Times are epoch milliseconds (UTC); every row carries its Slack team_id.

create table lessons (
  id           integer primary key,
  team_id      text not null,
  source       text not null check (source in ('reflection', 'aar', 'sixhats', 'pairs', 'manual')),
  -- The ritual's own id for what produced the lesson ("aar:12:answer:U123"): a retry hits the unique index below.
  source_ref   text,
  topic        text,
  text         text not null,
  -- Lowercase, without '#', single spaces: the #tag filter matches whole tags with instr(' ' || tags || ' ', ...).
  tags         text not null default '',
  category     text check (category in ('on_the_job', 'from_others', 'formal')),
  channel_id   text,
  visibility   text not null check (visibility in ('channel', 'workspace', 'private')),
  -- Null when anonymous: anonymous content carries no user id anywhere, so "delete my data" cannot reach it.
  author_id    text,
  participants text,
  permalink    text,
  created_at   bigint not null,
  check (visibility != 'channel' or channel_id is not null),
  check (visibility != 'private' or author_id is not null)
);
create unique index lessons_source_ref on lessons(team_id, source, source_ref) where source_ref is not null;
-- Search's filter-only queries read newest first by id; SQLite appends the rowid to every index, so these serve
-- "where team_id = ? [and x = ?] order by id desc" without sorting the team's lessons (measured: 0.9 s at 1M).
create index lessons_team on lessons(team_id);
create index lessons_channel on lessons(team_id, channel_id);
create index lessons_author on lessons(team_id, author_id) where author_id is not null;
create index lessons_source on lessons(team_id, source);
-- Digests and retention.
create index lessons_created on lessons(team_id, created_at);

-- External content: the text lives once, in lessons; the index follows it through the triggers below.
create virtual table lessons_fts using fts5(
  topic, text, tags,
  content = 'lessons', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);

create trigger lessons_fts_insert after insert on lessons begin
  insert into lessons_fts(rowid, topic, text, tags) values (new.id, new.topic, new.text, new.tags);
end;

create trigger lessons_fts_delete after delete on lessons begin
  insert into lessons_fts(lessons_fts, rowid, topic, text, tags) values ('delete', old.id, old.topic, old.text, old.tags);
end;

-- Only the indexed columns: a visibility change must not rewrite the index.
create trigger lessons_fts_update after update of topic, text, tags on lessons begin
  insert into lessons_fts(lessons_fts, rowid, topic, text, tags) values ('delete', old.id, old.topic, old.text, old.tags);
  insert into lessons_fts(rowid, topic, text, tags) values (new.id, new.topic, new.text, new.tags);
end;

-- What Kompis knows about a channel's privacy, from Slack events and lookups. A channel with no row is unknown and
-- treated as private for 'channel' lessons: a missed event must hide lessons, never expose them.
create table lesson_channels (
  team_id    text not null,
  channel_id text not null,
  is_private integer not null check (is_private in (0, 1)),
  deleted    integer not null default 0 check (deleted in (0, 1)),
  updated_at bigint not null,
  primary key (team_id, channel_id)
);
