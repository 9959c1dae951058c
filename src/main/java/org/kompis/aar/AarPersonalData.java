package org.kompis.aar;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.kompis.core.PersonalData;
import org.kompis.i18n.Texts;

/**
 * A person's reviews data: their answers and the action items they wrote are theirs and go; in reviews and items
 * that are also other people's, their id is replaced by {@link #GONE}.
 */
final class AarPersonalData implements PersonalData {
    static final String GONE = "-";

    @Override
    public List<String> describe(Handle h, String team, String user, Texts t) {
        AarPersonalStore.Counts n = h.attach(AarPersonalStore.class).counts(team, user);
        return n.total() == 0 ? List.of() : List.of(t.t("privacy.data.aar", n.answers(), n.items(), n.started()));
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(Handle h, String team, String user) {
        AarPersonalStore store = h.attach(AarPersonalStore.class);
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        out.put("aar_reviews_started", store.reviewsStarted(team, user));
        out.put("aar_answers", store.answers(team, user));
        out.put("aar_action_items", store.actionItems(team, user));
        return out;
    }

    @Override
    public void forget(Handle h, String team, String user) {
        AarPersonalStore store = h.attach(AarPersonalStore.class);
        store.deleteItemsWrittenBy(team, user);
        store.disownItems(team, user, GONE);
        store.deleteAnswers(team, user);
        store.deleteSeats(team, user);
        store.disownReviews(team, user, GONE);
        store.forgetCloser(team, user);
    }

    @Override
    public void purge(Handle h, String teamId, long cutoff) {
        h.attach(AarPersonalStore.class).purgeClosedBefore(teamId, cutoff);
    }
}
