package org.kompis.lessons;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.kompis.core.PersonalData;
import org.kompis.i18n.Texts;
import org.kompis.storage.Rows;

/**
 * A person's lessons: the ones they wrote go (their search-index rows with them, by trigger); in lessons others
 * wrote, their id leaves the participants. Anonymous lessons carry no id, so nothing here can find them: they stay.
 */
final class LessonsPersonalData implements PersonalData {
    private static final String TOOK_PART = "instr(' ' || participants || ' ', ' ' || ? || ' ') > 0";

    @Override
    public List<String> describe(Handle h, String team, String user, Texts t) {
        int wrote = Rows.count(h, "select count(*) from lessons where team_id = ? and author_id = ?", team, user);
        int part = Rows.count(
                h,
                "select count(*) from lessons where team_id = ? and (author_id is null or author_id != ?) and "
                        + TOOK_PART,
                team,
                user,
                user);
        return wrote + part == 0 ? List.of() : List.of(t.t("privacy.data.lessons", wrote, part));
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(Handle h, String team, String user) {
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        out.put(
                "lessons_written",
                Rows.of(
                        h,
                        "select id, source, channel_id, topic, text, tags, category, visibility, mistake, "
                                + "permalink, created_at from lessons where team_id = ? and author_id = ? order by created_at, id",
                        team,
                        user));
        out.put(
                "lessons_taken_part_in",
                Rows.of(
                        h,
                        "select id, source, channel_id, topic, created_at from lessons "
                                + "where team_id = ? and (author_id is null or author_id != ?) and " + TOOK_PART
                                + " order by created_at, id",
                        team,
                        user,
                        user));
        return out;
    }

    @Override
    public void forget(Handle h, String team, String user) {
        h.attach(LessonStore.class).deleteByAuthor(team, user);
        var rows = h.createQuery("select id, participants from lessons where team_id = ? and " + TOOK_PART)
                .bind(0, team)
                .bind(1, user)
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .list();
        for (var row : rows) {
            String rest = Arrays.stream(row.getValue().split(" "))
                    .filter(id -> !id.equals(user))
                    .collect(Collectors.joining(" "));
            Rows.update(
                    h, "update lessons set participants = ? where id = ?", rest.isEmpty() ? null : rest, row.getKey());
        }
    }

    @Override
    public void purge(Handle h, String teamId, long cutoff) {
        Rows.update(h, "delete from lessons where team_id = ? and created_at < ?", teamId, cutoff);
        Rows.update(h, "delete from lesson_digests where team_id = ? and created_at < ?", teamId, cutoff);
        // Weeks are stored as their Monday: a week goes once its Monday is older than the cutoff's day.
        Rows.update(
                h,
                "delete from lesson_search_misses where team_id = ? and week < ?",
                teamId,
                java.time.Instant.ofEpochMilli(cutoff)
                        .atZone(java.time.ZoneOffset.UTC)
                        .toLocalDate()
                        .toString());
    }
}
