package org.kompis.sixhats;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.kompis.core.PersonalData;
import org.kompis.i18n.Texts;
import org.kompis.storage.Rows;

/** A person's six-hats data: their keywords and seats go; an exercise they led stays, without their id. */
final class SixHatsPersonalData implements PersonalData {
    @Override
    public List<String> describe(Handle h, String team, String user, Texts t) {
        int joined = Rows.count(
                h, "select count(*) from sixhats_participants where team_id = ? and user_id = ?", team, user);
        int keywords = Rows.count(
                h, "select count(*) from sixhats_contributions where team_id = ? and user_id = ?", team, user);
        return joined + keywords == 0 ? List.of() : List.of(t.t("privacy.data.sixhats", joined, keywords));
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(Handle h, String team, String user) {
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        out.put(
                "sixhats_led",
                Rows.of(
                        h,
                        "select id, channel_id, topic, mode, status, conclusion_decide, conclusion_next, created_at from sixhats_exercises where team_id = ? and facilitator_id = ?",
                        team,
                        user));
        out.put(
                "sixhats_seats",
                Rows.of(
                        h,
                        "select exercise_id, group_no, hat, joined_at from sixhats_participants where team_id = ? and user_id = ?",
                        team,
                        user));
        out.put(
                "sixhats_keywords",
                Rows.of(
                        h,
                        "select exercise_id, hat, text, created_at from sixhats_contributions where team_id = ? and user_id = ?",
                        team,
                        user));
        return out;
    }

    @Override
    public void forget(Handle h, String team, String user) {
        Rows.update(h, "delete from sixhats_contributions where team_id = ? and user_id = ?", team, user);
        Rows.update(h, "delete from sixhats_participants where team_id = ? and user_id = ?", team, user);
        Rows.update(
                h,
                "update sixhats_exercises set facilitator_id = '-' where team_id = ? and facilitator_id = ?",
                team,
                user);
    }

    @Override
    public void purge(Handle h, String teamId, long cutoff) {
        Rows.update(
                h,
                "delete from sixhats_exercises where team_id = ? and status = 'finished' and finished_at < ?",
                teamId,
                cutoff);
    }
}
