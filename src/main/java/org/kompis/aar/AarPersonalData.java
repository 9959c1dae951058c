package org.kompis.aar;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.kompis.core.PersonalData;
import org.kompis.i18n.Texts;
import org.kompis.storage.Rows;

/**
 * A person's reviews data: their answers and the action items they wrote are theirs and go; in reviews and items
 * that are also other people's, their id is replaced by {@link #GONE}.
 */
final class AarPersonalData implements PersonalData {
    static final String GONE = "-";

    @Override
    public List<String> describe(Handle h, String team, String user, Texts t) {
        int answers = Rows.count(h, "select count(*) from aar_answers where team_id = ? and user_id = ?", team, user);
        int items = Rows.count(
                h,
                "select count(*) from aar_action_items where team_id = ? and (owner_id = ? or author_id = ?)",
                team,
                user,
                user);
        int started =
                Rows.count(h, "select count(*) from aar_reviews where team_id = ? and created_by = ?", team, user);
        return answers + items + started == 0 ? List.of() : List.of(t.t("privacy.data.aar", answers, items, started));
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(Handle h, String team, String user) {
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        out.put(
                "aar_reviews_started",
                Rows.of(
                        h,
                        "select id, channel_id, title, goal, deadline_date, status, created_at from aar_reviews where team_id = ? and created_by = ?",
                        team,
                        user));
        out.put(
                "aar_answers",
                Rows.of(
                        h,
                        "select review_id, expected, actual, difference, better, created_at, updated_at from aar_answers where team_id = ? and user_id = ?",
                        team,
                        user));
        out.put(
                "aar_action_items",
                Rows.of(
                        h,
                        "select review_id, what, owner_id, due_date, status, new_date, drop_reason from aar_action_items where team_id = ? and (owner_id = ? or author_id = ?)",
                        team,
                        user,
                        user));
        return out;
    }

    @Override
    public void forget(Handle h, String team, String user) {
        Rows.update(h, "delete from aar_action_items where team_id = ? and author_id = ?", team, user);
        Rows.update(h, "update aar_action_items set owner_id = ? where team_id = ? and owner_id = ?", GONE, team, user);
        Rows.update(h, "delete from aar_answers where team_id = ? and user_id = ?", team, user);
        Rows.update(
                h,
                "delete from aar_participants where user_id = ? and review_id in (select id from aar_reviews where team_id = ?)",
                user,
                team);
        Rows.update(h, "update aar_reviews set created_by = ? where team_id = ? and created_by = ?", GONE, team, user);
        Rows.update(h, "update aar_reviews set closed_by = null where team_id = ? and closed_by = ?", team, user);
    }

    @Override
    public void purge(Handle h, String teamId, long cutoff) {
        Rows.update(
                h, "delete from aar_reviews where team_id = ? and status = 'closed' and closed_at < ?", teamId, cutoff);
    }
}
