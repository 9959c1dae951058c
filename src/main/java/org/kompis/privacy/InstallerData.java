package org.kompis.privacy;

import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.kompis.core.PersonalData;
import org.kompis.i18n.Texts;
import org.kompis.storage.Rows;

/**
 * That a person installed Kompis with "Add to Slack" (many-workspace mode). Forgetting them deletes that record; the
 * workspace's bot, which belongs to the workspace, stays installed. An org-wide install is stored with no team.
 */
final class InstallerData implements PersonalData {
    private static final String MINE = "from slack_installers where user_id = ? and (team_id = ? or team_id = '')";

    @Override
    public List<String> describe(Handle h, String teamId, String userId, Texts t) {
        int n = Rows.count(h, "select count(*) " + MINE, userId, teamId);
        return n == 0 ? List.of() : List.of(t.t("privacy.data.installer"));
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(Handle h, String teamId, String userId) {
        return Map.of(
                "installations",
                Rows.of(h, "select enterprise_id, team_id, user_scope, installed_at " + MINE, userId, teamId));
    }

    @Override
    public void forget(Handle h, String teamId, String userId) {
        Rows.update(h, "delete " + MINE, userId, teamId);
    }
}
