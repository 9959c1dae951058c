-- Search over analysed terms: Kompis analyses a lesson in Java (org.kompis.lessons.analysis: stems in Norwegian,
-- Swedish and English, compound parts) and stores the terms beside the text, so every database indexes the same
-- tokens. Each terms_ column is a space-separated list; the index's 'ascii' tokenizer only splits on spaces and
-- ASCII punctuation, so it indexes exactly the terms Java wrote.
alter table lessons add column terms_topic text;   -- the topic's words as written, normalised, in order
alter table lessons add column terms_tags text;
alter table lessons add column terms_text text;
-- What else the words are found by (stems, compound parts), per field: "topic terms | tags terms | text terms".
alter table lessons add column terms_derived text;
-- The Analysis.VERSION that wrote the terms; null for lessons stored before this migration. At start Kompis
-- analyses every lesson whose version is not the current one, in the background.
alter table lessons add column analysis integer;

drop trigger lessons_fts_insert;
drop trigger lessons_fts_delete;
drop trigger lessons_fts_update;
-- The old index keeps answering for lessons not analysed yet, until the re-index drops it.
alter table lessons_fts rename to lessons_raw_fts;

create virtual table lessons_fts using fts5(
  terms_topic, terms_tags, terms_text, terms_derived,
  content = 'lessons', content_rowid = 'id',
  tokenize = 'ascii'
);
-- Per term, how many lessons hold it (IDF) and, per column, which words are indexed (suggestions).
create virtual table lessons_vocab using fts5vocab(lessons_fts, 'row');
create virtual table lessons_vocab_col using fts5vocab(lessons_fts, 'col');

-- A lesson without terms (analysis null) is not in this index: 'delete' must never be given what was not added.
create trigger lessons_fts_insert after insert on lessons when new.analysis is not null begin
  insert into lessons_fts(rowid, terms_topic, terms_tags, terms_text, terms_derived)
  values (new.id, new.terms_topic, new.terms_tags, new.terms_text, new.terms_derived);
end;

create trigger lessons_fts_delete after delete on lessons when old.analysis is not null begin
  insert into lessons_fts(lessons_fts, rowid, terms_topic, terms_tags, terms_text, terms_derived)
  values ('delete', old.id, old.terms_topic, old.terms_tags, old.terms_text, old.terms_derived);
end;

create trigger lessons_fts_unindex after update of terms_topic, terms_tags, terms_text, terms_derived, analysis
on lessons when old.analysis is not null begin
  insert into lessons_fts(lessons_fts, rowid, terms_topic, terms_tags, terms_text, terms_derived)
  values ('delete', old.id, old.terms_topic, old.terms_tags, old.terms_text, old.terms_derived);
end;

create trigger lessons_fts_reindex after update of terms_topic, terms_tags, terms_text, terms_derived, analysis
on lessons when new.analysis is not null begin
  insert into lessons_fts(rowid, terms_topic, terms_tags, terms_text, terms_derived)
  values (new.id, new.terms_topic, new.terms_tags, new.terms_text, new.terms_derived);
end;

-- Text changed by SQL that did not write its terms (LessonStore.edit does): the old terms must not find it any
-- more; the lesson is analysed again at the next start.
create trigger lessons_terms_stale after update of topic, text, tags on lessons
when new.analysis is not null and new.terms_topic is old.terms_topic and new.terms_tags is old.terms_tags
  and new.terms_text is old.terms_text and new.terms_derived is old.terms_derived begin
  update lessons set analysis = null where id = new.id;
end;
