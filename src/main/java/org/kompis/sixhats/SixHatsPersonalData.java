package org.kompis.sixhats;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.kompis.core.PersonalData;
import org.kompis.i18n.Texts;

/** A person's six-hats data: their keywords and seats go; an exercise they led stays, without their id. */
final class SixHatsPersonalData implements PersonalData {
    @Override
    public List<String> describe(Handle h, String team, String user, Texts t) {
        SixHatsPersonalStore.Counts n = h.attach(SixHatsPersonalStore.class).counts(team, user);
        return n.joined() + n.keywords() == 0
                ? List.of()
                : List.of(t.t("privacy.data.sixhats", n.joined(), n.keywords()));
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(Handle h, String team, String user) {
        SixHatsPersonalStore store = h.attach(SixHatsPersonalStore.class);
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        out.put("sixhats_led", store.led(team, user));
        out.put("sixhats_seats", store.seats(team, user));
        out.put("sixhats_keywords", store.keywords(team, user));
        return out;
    }

    @Override
    public void forget(Handle h, String team, String user) {
        SixHatsPersonalStore store = h.attach(SixHatsPersonalStore.class);
        store.deleteKeywords(team, user);
        store.deleteSeats(team, user);
        store.disownLed(team, user);
    }

    @Override
    public void purge(Handle h, String teamId, long cutoff) {
        h.attach(SixHatsPersonalStore.class).purgeFinishedBefore(teamId, cutoff);
    }
}
