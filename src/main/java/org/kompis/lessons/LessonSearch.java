package org.kompis.lessons;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatements;
import org.kompis.cluster.Dialect;

/**
 * Search and digests: the one place with full-text SQL (FTS5 MATCH), so PostgreSQL can replace it here.
 *
 * <p>Who sees a lesson, decided in SQL at search time so paging stays right:
 * <ul>
 * <li>its author always (also a lesson of a channel they left or that was deleted);
 * <li>{@code private}: nobody else;
 * <li>from a channel known to be public: everyone in the team, also after the channel was deleted;
 * <li>from a channel known to be private: its current members, whatever the lesson's visibility; nobody once the
 *     channel is deleted;
 * <li>from a channel Kompis knows nothing about: {@code workspace} lessons everyone, {@code channel} lessons only the
 *     members (unknown is treated as private, so a missed Slack event hides rather than exposes);
 * <li>without a channel: {@code workspace} lessons everyone.
 * </ul>
 *
 * <p>Words: every lesson is stored with its analysed terms ({@link IndexTerms}) and FTS5 indexes exactly those;
 * {@link RankedSearch} fetches the newest {@link #DEFAULT_CANDIDATES} visible matches of the analysed words and
 * ranks them by {@link Ranking} (BM25 with IDF over the whole library, topic and tags above text, the written form
 * above other forms, newer a little higher); "More" pages through them. Ranking every match of a common word would
 * cost time in proportion to the matches, and nobody pages past the first few hundred hits of one search. The
 * dialect lives in {@link #sql} and {@link Fts5} only: PostgreSQL indexes the same stored terms as a tsvector.
 */
public final class LessonSearch {
    public static final int DEFAULT_CANDIDATES = 200;
    public static final int MAX_PAGE = 50;

    // Member channels arrive as one JSON array read by json_each: the same statement text whatever the list length,
    // no ids in SQL text, no bound-variable limit, and no temp table to fill and empty on the connection per search.
    // SQLite reads the array once per statement into a lookup table (EXPLAIN: LIST SUBQUERY, BLOOM FILTER).
    private static String visible(boolean pg) {
        return """
        (l.author_id = :viewer
         or l.visibility != 'private' and (
              :outsider = 0 and (c.is_private = 0 or c.channel_id is null and l.visibility = 'workspace')
           or coalesce(c.deleted, 0) = 0 and l.channel_id in\s""" + list(pg, "members") + "))";
    }

    /** The strings of the JSON array bound as {@code :name}, as a subquery: json_each or jsonb. */
    static String list(boolean pg, String name) {
        return pg
                ? "(select jsonb_array_elements_text(cast(:" + name + " as jsonb)))"
                : "(select value from json_each(:" + name + "))";
    }

    private static final String CHANNEL_JOIN =
            "left join lesson_channels c on c.team_id = l.team_id and c.channel_id = l.channel_id";
    private static final String FROM = "join lessons l on l.id = lessons_fts.rowid " + CHANNEL_JOIN;

    /** The lessons whose ids are in the JSON array {@code :ids} that the viewer may see. */
    static String page(boolean pg) {
        if (pg) {
            return "select l.* from lessons l " + CHANNEL_JOIN + " where l.team_id = :team and " + visible(true)
                    + " and l.id in (select cast(jsonb_array_elements_text(cast(:ids as jsonb)) as bigint))";
        }
        // CROSS JOIN keeps the page's ids as the outer loop: with "l.id in (json_each)" the planner walked a team
        // index.
        return "select l.* from json_each(:ids) page cross join lessons l on l.id = page.value " + CHANNEL_JOIN
                + " where l.team_id = :team and " + visible(false);
    }

    // Everyone in :postedIn may see it: it came from there, or it is public.
    private static final String PUBLIC_OR_IN =
            "(l.channel_id = :postedIn or c.is_private = 0 or c.channel_id is null and l.visibility = 'workspace')";

    private final Jdbi jdbi;
    private final RankedSearch ranked;

    public LessonSearch(Jdbi jdbi) {
        this(jdbi, DEFAULT_CANDIDATES);
    }

    public LessonSearch(Jdbi jdbi, int candidates) {
        this.jdbi = jdbi;
        this.ranked = new RankedSearch(candidates);
    }

    /** One page of what the viewer may see: ranked when there are words, newest first for filters alone. */
    public Page search(String teamId, SearchQuery q, Viewer viewer, int offset, int limit) {
        int size = Math.max(1, Math.min(limit, MAX_PAGE));
        int from = Math.max(0, offset);
        if (q.unresolved()) {
            return new Page(List.of(), false, from);
        }
        if (!q.hasWords()) {
            List<Lesson> rows = jdbi.withHandle(h -> Newest.page(h, teamId, q, viewer, from, size + 1));
            boolean more = rows.size() > size;
            return new Page(more ? rows.subList(0, size) : rows, more, from + Math.min(rows.size(), size));
        }
        return jdbi.withHandle(h -> ranked.search(h, teamId, q, viewer, from, size));
    }

    static Query bind(Query query, String teamId, SearchQuery q, Viewer viewer) {
        // One binding list for every statement shape; each uses only some of them.
        return query.configure(SqlStatements.class, c -> c.setUnusedBindingAllowed(true))
                .bind("team", teamId)
                .bind("floor", 0L)
                .bind(
                        "match",
                        match(
                                query.getContext()
                                                .getConfig(SqlStatements.class)
                                                .getAttribute(Dialect.ATTRIBUTE)
                                        == Dialect.POSTGRESQL,
                                q.fts5Match()))
                .bind("channel", q.channelId())
                .bind("source", q.source())
                .bind("author", q.authorId())
                .bind("tags", JsonArray.of(q.tags()))
                .bind("viewer", viewer.userId())
                .bind("outsider", viewer.outsider() ? 1 : 0)
                .bind("members", JsonArray.of(viewer.channelIds()));
    }

    /** The statement for this query's shape, newest first; values are always bound, never part of the text. */
    static String sql(boolean pg, SearchQuery q, String columns) {
        String where = "l.team_id = :team" + filters(pg, q) + " and " + visible(pg);
        if (pg && q.fts5Match() != null) {
            // The GIN index finds the matches among the ids above :floor (PgWindow), the newest first as on SQLite.
            // "+ 0": walking the primary key backwards, testing each row's terms, is PostgreSQL's choice when it
            // guesses a rare word to be common, and reads a quarter of a million rows to find 200.
            return "select " + columns + " from lessons l " + CHANNEL_JOIN
                    + " where l.terms @@ cast(:match as tsquery) and l.id > :floor and " + where
                    + " order by l.id + 0 desc limit :limit offset :offset";
        }
        if (q.fts5Match() != null) {
            // FTS5 walks its doclists newest rowid first and stops at the limit: no sort, no count of all matches.
            return "select " + columns + " from lessons_fts " + FROM + " where lessons_fts match :match and " + where
                    + " order by lessons_fts.rowid desc limit :limit offset :offset";
        }
        return "select " + columns + " from lessons l " + CHANNEL_JOIN + " where " + where
                + " order by l.id desc limit :limit offset :offset";
    }

    /**
     * How many lessons the search index (FTS5 {@code lessons_fts} or PostgreSQL's {@code terms} tsvector) holds a
     * word for, as written and normalised: what {@code kompis migrate} compares on both sides of a copy.
     */
    public static int indexed(org.jdbi.v3.core.Handle h, String word) {
        List<String> tokens = org.kompis.lessons.analysis.Words.of(word);
        return tokens.size() != 1 ? 0 : (int) Idf.documents(h, tokens.get(0));
    }

    /** What {@code :match} is bound to: the FTS5 expression, or on PostgreSQL the same as a tsquery. */
    static String match(boolean pg, String fts5) {
        return pg ? PgSearch.tsquery(fts5) : fts5;
    }

    private static String filters(boolean pg, SearchQuery q) {
        StringBuilder sql = new StringBuilder();
        if (q.channelId() != null) {
            sql.append(" and l.channel_id = :channel");
        }
        if (q.source() != null) {
            sql.append(" and l.source = :source");
        }
        if (q.authorId() != null) {
            sql.append(" and l.author_id = :author");
        }
        if (!q.tags().isEmpty()) {
            // The FTS tags column narrows by words; this keeps only whole-tag matches ("ci" is not "ci/cd").
            sql.append(" and not exists (select 1 from "
                    + (pg ? "jsonb_array_elements_text(cast(:tags as jsonb)) t(value)" : "json_each(:tags) t")
                    + " where instr(' ' || l.tags || ' ', ' ' || t.value || ' ') = 0)");
        }
        return sql.toString();
    }

    /** One lesson, if the viewer may see it now: what a "Share" click checks before anything is posted. */
    public Optional<Lesson> visible(String teamId, long id, Viewer viewer) {
        return jdbi.withHandle(h -> bind(h.createQuery(page(PgSearch.on(h))), teamId, SearchQuery.parse(""), viewer)
                .bind("ids", JsonArray.ofNumbers(List.of(id)))
                .map(ConstructorMapper.of(Lesson.class))
                .findOne());
    }

    /**
     * One lesson, if everyone in {@code channel} may see it: it came from that channel, or it is public (from a
     * channel known to be public, or shared with the workspace from no channel or an unknown one). The digest's rule.
     */
    public Optional<Lesson> shareableIn(String teamId, long id, String channel) {
        return jdbi.withHandle(h -> h.createQuery("select l.* from lessons l " + CHANNEL_JOIN
                        + " where l.team_id = :team and l.id = :id and l.visibility != 'private' and " + PUBLIC_OR_IN)
                .bind("team", teamId)
                .bind("id", id)
                .bind("postedIn", channel)
                .map(ConstructorMapper.of(Lesson.class))
                .findOne());
    }

    /** The newest lessons from the viewer's own channels; lessons private to someone else are left out. */
    public List<Lesson> recentInChannels(String teamId, Viewer viewer, int limit) {
        return jdbi.withHandle(h -> h.createQuery(
                        "select l.* from lessons l where l.team_id = :team and l.channel_id in "
                                + list(PgSearch.on(h), "members") + """
             and (l.visibility != 'private' or l.author_id = :viewer)
            order by l.id desc limit :limit""")
                .bind("team", teamId)
                .bind("members", JsonArray.of(viewer.channelIds()))
                .bind("viewer", viewer.userId())
                .bind("limit", Math.max(1, Math.min(limit, MAX_PAGE)))
                .map(ConstructorMapper.of(Lesson.class))
                .list());
    }

    /**
     * The best new lessons for a digest posted in {@code postedIn}, from {@code fromChannels} (empty: the whole team,
     * including workspace lessons without a channel). Never: lessons private to their author, and lessons of a
     * private (or unknown) channel other than {@code postedIn}. Best: from an AAR or six hats session (a group
     * thought it through) first, then tagged, then longer than 140 characters, each a point; ties newest first.
     */
    public List<Lesson> digest(String teamId, String postedIn, Set<String> fromChannels, long since, int limit) {
        // Portable: case, not boolean arithmetic; :all binds as 1/0 on both databases.
        String sql = """
        select l.* from lessons l
        left join lesson_channels c on c.team_id = l.team_id and c.channel_id = l.channel_id
        where l.team_id = :team and l.created_at >= :since and l.visibility != 'private'
          and (:all = 1 or l.channel_id in %s)
          and """ + PUBLIC_OR_IN + """
        order by case when l.source in ('aar', 'sixhats') then 2 else 0 end + case when l.tags != '' then 1 else 0 end
                 + case when length(l.text) > 140 then 1 else 0 end desc,
                 l.created_at desc, l.id desc
        limit :limit""";
        return jdbi.withHandle(h -> h.createQuery(sql.formatted(list(PgSearch.on(h), "from")))
                .bind("team", teamId)
                .bind("since", since)
                .bind("all", fromChannels.isEmpty())
                .bind("from", JsonArray.of(fromChannels))
                .bind("postedIn", postedIn)
                .bind("limit", Math.max(1, limit))
                .map(ConstructorMapper.of(Lesson.class))
                .list());
    }
}
