package org.kompis.settings;

import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.kompis.core.PersonalData;
import org.kompis.i18n.Texts;

/** Who last changed the workspace's settings: shown, exported and forgotten; the settings themselves stay. */
final class SettingsData implements PersonalData {
    @Override
    public List<String> describe(Handle h, String teamId, String userId, Texts t) {
        return h.attach(SettingsStore.class).countBy(teamId, userId) == 0
                ? List.of()
                : List.of(t.t("privacy.data.workspace_settings"));
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(Handle h, String teamId, String userId) {
        return Map.of("workspace_settings", h.attach(SettingsStore.class).changedBy(teamId, userId));
    }

    @Override
    public void forget(Handle h, String teamId, String userId) {
        h.attach(SettingsStore.class).forget(teamId, userId);
    }
}
