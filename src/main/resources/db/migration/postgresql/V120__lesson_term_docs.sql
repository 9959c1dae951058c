-- How many lessons hold each term, for IDF (org.kompis.lessons.TermDocs): FTS5 keeps these counts in its index on
-- SQLite (so SQLite has no twin of this migration); a GIN index does not, and counting a common word through it
-- visits every lesson that holds it. Filled in the background for large libraries, at most hourly.
create table lesson_term_docs (
  term text primary key,
  docs bigint not null
);

create table lesson_term_docs_refreshed (
  id integer primary key check (id = 1),
  at bigint not null
);

-- The written words (topic, tags, text; not derived forms) with their lesson counts, for "did you mean" on a large
-- library: ts_stat over every lesson takes seconds there. Refreshed with the counts above.
create table lesson_vocabulary (
  word text collate "C" primary key,
  docs bigint not null
);
