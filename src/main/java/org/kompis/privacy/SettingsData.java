package org.kompis.privacy;

import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.kompis.core.PersonalData;
import org.kompis.i18n.Texts;
import org.kompis.storage.Rows;

/** The person's own settings (their chosen language), and their name on the schedules they set up. */
final class SettingsData implements PersonalData {
    @Override
    public List<String> describe(Handle h, String teamId, String userId, Texts t) {
        int n = Rows.count(h, "select count(*) from user_settings where team_id = ? and user_id = ?", teamId, userId);
        return n == 0 ? List.of() : List.of(t.t("privacy.data.settings"));
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(Handle h, String teamId, String userId) {
        return Map.of(
                "user_settings",
                        Rows.of(h, "select lang from user_settings where team_id = ? and user_id = ?", teamId, userId),
                "schedules_set_up",
                        Rows.of(
                                h,
                                "select ritual, channel_id, cron, time_zone from schedules where team_id = ? and created_by = ?",
                                teamId,
                                userId));
    }

    @Override
    public void forget(Handle h, String teamId, String userId) {
        Rows.update(h, "delete from user_settings where team_id = ? and user_id = ?", teamId, userId);
        // A schedule belongs to its channel; it keeps running, it just no longer says who set it up.
        Rows.update(h, "update schedules set created_by = null where team_id = ? and created_by = ?", teamId, userId);
    }
}
