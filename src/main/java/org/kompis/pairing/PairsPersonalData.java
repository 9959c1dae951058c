package org.kompis.pairing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.kompis.core.PersonalData;
import org.kompis.i18n.Texts;

/**
 * A person's pairs data: profile, pool memberships, pairing history, answers, what they learned and buddy links
 * go. Groups and rounds stay for the others in them; only the person's seat is removed.
 */
final class PairsPersonalData implements PersonalData {
    @Override
    public List<String> describe(Handle h, String team, String user, Texts t) {
        PairsPersonalStore.Counts n = h.attach(PairsPersonalStore.class).counts(team, user);
        return n.total() == 0 ? List.of() : List.of(t.t("privacy.data.pairs", n.profile(), n.groups(), n.learned()));
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(Handle h, String team, String user) {
        PairsPersonalStore store = h.attach(PairsPersonalStore.class);
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        out.put("pairs_profile", store.profile(team, user));
        out.put("pairs_pools", store.pools(team, user));
        out.put("pairs_groups", store.groups(team, user));
        out.put("pairs_learnings", store.learnings(team, user));
        out.put("pairs_buddies", store.buddies(team, user));
        return out;
    }

    @Override
    public void forget(Handle h, String team, String user) {
        PairsPersonalStore store = h.attach(PairsPersonalStore.class);
        store.deleteProfile(team, user);
        store.deleteMemberships(team, user);
        store.deleteLearnings(team, user);
        store.deleteAnswers(team, user);
        store.deleteSeats(team, user);
        store.deleteMeetings(team, user);
        store.deleteBuddies(team, user);
        store.forgetRoundStarter(team, user);
        store.forgetSettingsEditor(team, user);
        // Comma-separated lists of ids inside other people's rows: the volunteers a channel named, the people someone
        // would rather not meet.
        store.dropVolunteer(team, user);
        // A group's stored reasons lose every line that names the person.
        for (PairsPersonalStore.HelpLines group : store.helpNaming(team, user)) {
            String kept = group.help()
                    .lines()
                    .filter(line -> !List.of(line.split(" ")).contains(user))
                    .collect(Collectors.joining("\n"));
            store.setHelp(team, group.id(), kept);
        }
        store.dropFromRatherNot(team, user);
    }

    @Override
    public void purge(Handle h, String teamId, long cutoff) {
        h.attach(PairsPersonalStore.class).purgeRoundsBefore(teamId, cutoff);
    }
}
