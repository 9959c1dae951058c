package org.kompis.lessons;

import java.util.List;
import org.jdbi.v3.core.statement.Query;
import org.kompis.cluster.Dialect;

/**
 * The lessons search's SQL that SQLite and PostgreSQL spell differently, side by side: the full-text match (FTS5's
 * {@code lessons_fts} or the {@code lessons.search} tsvector, both fed the same folded words, see the PostgreSQL
 * V5 migration) and lists bound as one JSON array (json_each or jsonb). Everything else in {@link LessonSearch} is
 * shared SQL.
 */
final class SearchSql {
  private final boolean pg;

  SearchSql(Dialect dialect) {
    this.pg = dialect == Dialect.POSTGRESQL;
  }

  /** A subquery of the strings in the JSON array bound as {@code :name}. */
  String list(String name) {
    return pg ? "(select jsonb_array_elements_text(cast(:" + name + " as jsonb)))"
        : "(select value from json_each(:" + name + "))";
  }

  /** Keeps lessons holding every tag of the JSON array {@code :tags} as a whole tag. */
  String wholeTags() {
    return pg
        ? " and not exists (select 1 from jsonb_array_elements_text(cast(:tags as jsonb)) t(value)"
            + " where strpos(' ' || l.tags || ' ', ' ' || t.value || ' ') = 0)"
        : " and not exists (select 1 from json_each(:tags) t"
            + " where instr(' ' || l.tags || ' ', ' ' || t.value || ' ') = 0)";
  }

  /** The lessons whose ids are in the JSON array {@code :ids}, joined with {@code join}, that pass {@code where}. */
  String byIds(String join, String where) {
    // SQLite: CROSS JOIN keeps the page's ids as the outer loop; with "l.id in (json_each)" it walked a team index.
    return pg ? "select l.* from lessons l " + join + " where " + where
        + " and l.id in (select cast(jsonb_array_elements_text(cast(:ids as jsonb)) as bigint))"
        : "select l.* from json_each(:ids) page cross join lessons l on l.id = page.value " + join + " where " + where;
  }

  /** The newest matches first, or null when the query has no words for the index. */
  String match(SearchQuery q, String columns, String join, String where) {
    if (pg) {
      List<SearchQuery.Term> terms = q.matchTerms();
      if (terms.isEmpty()) {
        return null;
      }
      StringBuilder all = new StringBuilder();
      for (int i = 0; i < terms.size(); i++) {
        all.append(i == 0 ? "" : " && ").append("kompis_tsquery(:w").append(i).append(", :p").append(i).append(')');
      }
      return "select " + columns + " from lessons l " + join + " where l.search @@ (" + all + ") and " + where
          + " order by l.id desc limit :limit offset :offset";
    }
    if (q.fts5Match() == null) {
      return null;
    }
    // FTS5 walks its doclists newest rowid first and stops at the limit: no sort, no count of all matches.
    return "select " + columns + " from lessons_fts join lessons l on l.id = lessons_fts.rowid " + join
        + " where lessons_fts match :match and " + where + " order by lessons_fts.rowid desc limit :limit offset :offset";
  }

  Query bindMatch(Query query, SearchQuery q) {
    if (!pg) {
      return query.bind("match", q.fts5Match());
    }
    List<SearchQuery.Term> terms = q.matchTerms();
    for (int i = 0; i < terms.size(); i++) {
      query.bind("w" + i, terms.get(i).text()).bind("p" + i, terms.get(i).prefix() ? 1 : 0);
    }
    return query;
  }
}
