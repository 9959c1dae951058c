package org.kompis.reflection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.kompis.core.PersonalData;
import org.kompis.i18n.Texts;
import org.kompis.storage.Rows;

/**
 * A person's reflection data: their named answers go. Anonymous answers carry no id and stay. Prompts they added
 * or ran belong to the channel's rotation and stay, without their name.
 */
final class ReflectionPersonalData implements PersonalData {
    @Override
    public List<String> describe(Handle h, String team, String user, Texts t) {
        int answers =
                Rows.count(h, "select count(*) from reflection_answers where team_id = ? and user_id = ?", team, user);
        int prompts = Rows.count(
                h, "select count(*) from reflection_own_prompts where team_id = ? and created_by = ?", team, user);
        return answers + prompts == 0 ? List.of() : List.of(t.t("privacy.data.reflection", answers, prompts));
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(Handle h, String team, String user) {
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        out.put("reflection_answers", Rows.of(h, """
        select p.channel_id, p.text as prompt, a.text, a.tags, a.shared, a.created_at
        from reflection_answers a join reflection_prompts p on p.id = a.prompt_ref
        where a.team_id = ? and a.user_id = ?""", team, user));
        out.put(
                "reflection_own_prompts",
                Rows.of(
                        h,
                        "select channel_id, text, created_at from reflection_own_prompts where team_id = ? and created_by = ?",
                        team,
                        user));
        return out;
    }

    @Override
    public void forget(Handle h, String team, String user) {
        Rows.update(h, "delete from reflection_answers where team_id = ? and user_id = ?", team, user);
        Rows.update(
                h,
                "update reflection_own_prompts set created_by = '-' where team_id = ? and created_by = ?",
                team,
                user);
        Rows.update(
                h,
                "update reflection_prompts set requested_by = null where team_id = ? and requested_by = ?",
                team,
                user);
        Rows.update(
                h, "update reflection_channels set updated_by = null where team_id = ? and updated_by = ?", team, user);
    }

    @Override
    public void purge(Handle h, String teamId, long cutoff) {
        Rows.update(h, "delete from reflection_prompts where team_id = ? and created_at < ?", teamId, cutoff);
    }
}
