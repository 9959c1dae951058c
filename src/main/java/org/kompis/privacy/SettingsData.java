package org.kompis.privacy;

import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.kompis.core.PersonalData;
import org.kompis.i18n.Texts;

/** The person's own settings (their chosen language), and their name on the schedules they set up. */
final class SettingsData implements PersonalData {
    @Override
    public List<String> describe(Handle h, String teamId, String userId, Texts t) {
        int n = h.attach(PrivacyStore.class).settingsCount(teamId, userId);
        return n == 0 ? List.of() : List.of(t.t("privacy.data.settings"));
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(Handle h, String teamId, String userId) {
        PrivacyStore store = h.attach(PrivacyStore.class);
        return Map.of(
                "user_settings",
                store.settings(teamId, userId),
                "schedules_set_up",
                store.schedulesSetUp(teamId, userId));
    }

    @Override
    public void forget(Handle h, String teamId, String userId) {
        PrivacyStore store = h.attach(PrivacyStore.class);
        store.deleteSettings(teamId, userId);
        // A schedule belongs to its channel; it keeps running, it just no longer says who set it up.
        store.forgetScheduleCreator(teamId, userId);
    }
}
