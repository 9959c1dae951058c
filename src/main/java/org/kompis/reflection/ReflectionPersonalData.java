package org.kompis.reflection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.kompis.core.PersonalData;
import org.kompis.i18n.Texts;

/**
 * A person's reflection data: their named answers go. Anonymous answers carry no id and stay. Prompts they added
 * or ran belong to the channel's rotation and stay, without their name.
 */
final class ReflectionPersonalData implements PersonalData {
    @Override
    public List<String> describe(Handle h, String team, String user, Texts t) {
        ReflectionPersonalStore.Counts n =
                h.attach(ReflectionPersonalStore.class).counts(team, user);
        return n.answers() + n.prompts() == 0
                ? List.of()
                : List.of(t.t("privacy.data.reflection", n.answers(), n.prompts()));
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(Handle h, String team, String user) {
        ReflectionPersonalStore store = h.attach(ReflectionPersonalStore.class);
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        out.put("reflection_answers", store.answers(team, user));
        out.put("reflection_own_prompts", store.ownPrompts(team, user));
        return out;
    }

    @Override
    public void forget(Handle h, String team, String user) {
        ReflectionPersonalStore store = h.attach(ReflectionPersonalStore.class);
        store.deleteAnswers(team, user);
        store.disownPrompts(team, user);
        store.forgetRequester(team, user);
        store.forgetSettingsEditor(team, user);
    }

    @Override
    public void purge(Handle h, String teamId, long cutoff) {
        h.attach(ReflectionPersonalStore.class).purgePromptsBefore(teamId, cutoff);
    }
}
