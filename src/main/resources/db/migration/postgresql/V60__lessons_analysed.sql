-- PostgreSQL twin of db/migration/sqlite/V60__lessons_analysed.sql: the same analysed-term columns, written by Java
-- (org.kompis.lessons.analysis), indexed as a tsvector with the 'simple' configuration (no stemming, no stop words)
-- so PostgreSQL indexes the same tokens as FTS5's 'ascii' tokenizer: the terms are letters and digits separated by
-- spaces. Weights mark the columns FTS5 keeps apart: A topic, B tags, C text, D derived forms.
alter table lessons add column terms_topic text;
alter table lessons add column terms_tags text;
alter table lessons add column terms_text text;
alter table lessons add column terms_derived text;
alter table lessons add column analysis integer;

-- The V5 index over the raw words goes: lessons stored before this migration are found again once the re-index at
-- start has analysed them (SQLite keeps its old index meanwhile; PostgreSQL deployments are new).
alter table lessons drop column search;

-- A lesson without terms (analysis null) is in no index, as on SQLite.
alter table lessons add column terms tsvector generated always as (
  case when analysis is null then ''::tsvector else
    setweight(to_tsvector('simple', coalesce(terms_topic, '')), 'A')
    || setweight(to_tsvector('simple', coalesce(terms_tags, '')), 'B')
    || setweight(to_tsvector('simple', coalesce(terms_text, '')), 'C')
    || setweight(to_tsvector('simple', coalesce(terms_derived, '')), 'D') end) stored;
create index lessons_terms on lessons using gin (terms);

-- Text changed by SQL that did not write its terms (LessonStore.edit does): the old terms must not find it any
-- more; the lesson is analysed again at the next start.
create function lessons_terms_stale() returns trigger language plpgsql as $$
begin
  if new.analysis is not null and new.terms_topic is not distinct from old.terms_topic
     and new.terms_tags is not distinct from old.terms_tags and new.terms_text is not distinct from old.terms_text
     and new.terms_derived is not distinct from old.terms_derived then
    new.analysis := null;
  end if;
  return new;
end $$;
create trigger lessons_terms_stale before update of topic, text, tags on lessons
  for each row execute function lessons_terms_stale();
