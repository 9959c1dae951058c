package org.kompis.pairing;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kompis.core.CommandCall;
import org.kompis.i18n.Texts;

/** {@code /pairs profile}: the modal, prefilled, with suggestions from others' tags; and saving it. */
final class Profiles {
    static final int SUGGESTIONS = 15;

    private final PairsCore core;

    Profiles(PairsCore core) {
        this.core = core;
    }

    void open(CommandCall call) {
        Profile saved = core.pool().profile(call.teamId(), call.userId()).orElse(null);
        List<String> suggestions = popularTags(call.teamId());
        call.slack()
                .openView(
                        call.triggerId(),
                        ProfileModal.build(
                                call.texts(),
                                call.channelId(),
                                saved,
                                call.lang().code(),
                                suggestions));
    }

    /** The tags most used in profiles that are not private: private profiles never feed suggestions. */
    List<String> popularTags(String team) {
        Map<String, Integer> counts = new HashMap<>();
        for (String row : core.pool().publicTags(team)) {
            Tags.split(row).forEach(tag -> counts.merge(tag, 1, Integer::sum));
        }
        return counts.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(SUGGESTIONS)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Stores a submitted profile (local only: the listener acknowledges after it). */
    void save(String team, String user, ProfileModal.Form f) {
        core.pool()
                .saveProfile(
                        team,
                        user,
                        f.unit(),
                        Tags.join(f.canHelp()),
                        Tags.join(f.wants()),
                        f.prefersThree(),
                        Tags.join(f.languages()),
                        Tags.join(f.ratherNot()),
                        f.isPrivate(),
                        core.now());
    }

    /** After saving: a word where they opened it, and how to take part if they have not joined this channel. */
    void afterSave(String team, String channel, String user) {
        Texts t = core.userTexts(team, user);
        boolean member =
                channel != null && core.pool().member(team, channel, user).isPresent();
        String text =
                t.t("pairs.profile.saved") + (member || channel == null ? "" : " " + t.t("pairs.profile.join_hint"));
        core.tell(team, channel == null ? user : channel, user, text, null);
    }
}
