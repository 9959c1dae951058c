package org.kompis.insights;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.kompis.core.PersonalData;
import org.kompis.i18n.Texts;

/** What the insights keep about a manager: their sign-in sessions, the monthly report setting, the reports sent. */
final class InsightsPersonalData implements PersonalData {
    @Override
    public List<String> describe(Handle h, String team, String user, Texts t) {
        InsightsPersonalStore.Counts n = h.attach(InsightsPersonalStore.class).counts(team, user);
        return n.total() == 0
                ? List.of()
                : List.of(t.t("privacy.data.insights", n.subscribed(), n.reports(), n.sessions()));
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(Handle h, String team, String user) {
        InsightsPersonalStore store = h.attach(InsightsPersonalStore.class);
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        out.put("insight_subscribers", store.subscriptions(team, user));
        out.put("insight_reports", store.reports(team, user));
        out.put("insight_sessions", store.sessions(team, user));
        return out;
    }

    @Override
    public void forget(Handle h, String team, String user) {
        InsightsPersonalStore store = h.attach(InsightsPersonalStore.class);
        store.unsubscribe(team, user);
        store.deleteReports(team, user);
        store.deleteSessions(team, user);
    }

    @Override
    public void purge(Handle h, String teamId, long cutoff) {
        InsightsPersonalStore store = h.attach(InsightsPersonalStore.class);
        store.purgeReportsBefore(teamId, cutoff);
        store.purgeSessionsBefore(teamId, cutoff);
    }
}
