package org.kompis.insights;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.kompis.core.PersonalData;
import org.kompis.i18n.Texts;
import org.kompis.storage.Rows;

/** What the insights keep about a manager: their sign-in sessions, the monthly report setting, the reports sent. */
final class InsightsPersonalData implements PersonalData {
    @Override
    public List<String> describe(Handle h, String team, String user, Texts t) {
        int subscribed =
                Rows.count(h, "select count(*) from insight_subscribers where team_id = ? and user_id = ?", team, user);
        int reports =
                Rows.count(h, "select count(*) from insight_reports where team_id = ? and user_id = ?", team, user);
        int sessions =
                Rows.count(h, "select count(*) from insight_sessions where team_id = ? and user_id = ?", team, user);
        return subscribed + reports + sessions == 0
                ? List.of()
                : List.of(t.t("privacy.data.insights", subscribed, reports, sessions));
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(Handle h, String team, String user) {
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        out.put(
                "insight_subscribers",
                Rows.of(
                        h,
                        "select team_id, user_id, created_at from insight_subscribers "
                                + "where team_id = ? and user_id = ?",
                        team,
                        user));
        out.put(
                "insight_reports",
                Rows.of(
                        h,
                        "select month, sent_at from insight_reports where team_id = ? and "
                                + "user_id = ? order by month",
                        team,
                        user));
        out.put(
                "insight_sessions",
                Rows.of(
                        h,
                        "select created_at, expires_at from insight_sessions where team_id = ? " + "and user_id = ?",
                        team,
                        user));
        return out;
    }

    @Override
    public void forget(Handle h, String team, String user) {
        for (String table : List.of("insight_subscribers", "insight_reports", "insight_sessions")) {
            Rows.update(h, "delete from " + table + " where team_id = ? and user_id = ?", team, user);
        }
    }

    @Override
    public void purge(Handle h, String teamId, long cutoff) {
        Rows.update(h, "delete from insight_reports where team_id = ? and created_at < ?", teamId, cutoff);
        Rows.update(h, "delete from insight_sessions where team_id = ? and expires_at < ?", teamId, cutoff);
    }
}
