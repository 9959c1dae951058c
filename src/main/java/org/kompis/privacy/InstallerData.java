package org.kompis.privacy;

import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.kompis.core.PersonalData;
import org.kompis.i18n.Texts;

/**
 * That a person installed Kompis with "Add to Slack" (many-workspace mode). Forgetting them deletes that record; the
 * workspace's bot, which belongs to the workspace, stays installed.
 */
final class InstallerData implements PersonalData {
    @Override
    public List<String> describe(Handle h, String teamId, String userId, Texts t) {
        int n = h.attach(PrivacyStore.class).installCount(teamId, userId);
        return n == 0 ? List.of() : List.of(t.t("privacy.data.installer"));
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(Handle h, String teamId, String userId) {
        return Map.of("installations", h.attach(PrivacyStore.class).installs(teamId, userId));
    }

    @Override
    public void forget(Handle h, String teamId, String userId) {
        h.attach(PrivacyStore.class).deleteInstalls(teamId, userId);
    }
}
