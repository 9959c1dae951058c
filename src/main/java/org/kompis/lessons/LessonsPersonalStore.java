package org.kompis.lessons;

import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.mapper.MapMapper;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * What the library stores about one person, for /kompis privacy. An export keeps each row as stored, column by
 * column, so it is read as a map; everything else is a record or a count.
 */
@RegisterConstructorMapper(LessonsPersonalStore.Counts.class)
@RegisterConstructorMapper(LessonsPersonalStore.Participants.class)
@RegisterRowMapper(MapMapper.class)
interface LessonsPersonalStore {
    /**
     * SQL in SQLite's spelling. PostgreSQL's first migration defines {@code instr} over {@code strpos}, so the same
     * words run there. Participants are stored space-separated.
     */
    interface SqliteSpelling {
        String TOOK_PART = "instr(' ' || participants || ' ', ' ' || :user || ' ') > 0";
    }

    record Counts(int wrote, int tookPart) {}

    record Participants(long id, String participants) {}

    @SqlQuery("select (select count(*) from lessons where team_id = :team and author_id = :user) as wrote, "
            + "(select count(*) from lessons where team_id = :team and (author_id is null or author_id != :user) and "
            + SqliteSpelling.TOOK_PART + ") as took_part")
    Counts counts(@Bind("team") String team, @Bind("user") String user);

    @SqlQuery("""
      select id, source, channel_id, topic, text, tags, category, visibility, mistake, permalink, created_at
      from lessons where team_id = :team and author_id = :user order by created_at, id""")
    List<Map<String, Object>> written(@Bind("team") String team, @Bind("user") String user);

    @SqlQuery("select id, source, channel_id, topic, created_at from lessons "
            + "where team_id = :team and (author_id is null or author_id != :user) and " + SqliteSpelling.TOOK_PART
            + " order by created_at, id")
    List<Map<String, Object>> takenPartIn(@Bind("team") String team, @Bind("user") String user);

    @SqlQuery("select id, participants from lessons where team_id = :team and " + SqliteSpelling.TOOK_PART)
    List<Participants> withParticipant(@Bind("team") String team, @Bind("user") String user);

    @SqlUpdate("update lessons set participants = :participants where team_id = :team and id = :id")
    void setParticipants(@Bind("team") String team, @Bind("id") long id, @Bind("participants") String participants);

    @SqlUpdate("delete from lessons where team_id = :team and created_at < :cutoff")
    void purgeLessonsBefore(@Bind("team") String team, @Bind("cutoff") long cutoff);

    @SqlUpdate("delete from lesson_digests where team_id = :team and created_at < :cutoff")
    void purgeDigestsBefore(@Bind("team") String team, @Bind("cutoff") long cutoff);

    /** Weeks are stored as their Monday ({@code yyyy-MM-dd}). */
    @SqlUpdate("delete from lesson_search_misses where team_id = :team and week < :week")
    void purgeMissesBefore(@Bind("team") String team, @Bind("week") String week);
}
