package org.kompis.pairing;

import java.util.List;
import java.util.Set;

/**
 * A row of {@code pairs_profiles}. Lists are stored comma separated (tags never contain commas: {@link Tags}
 * splits on them). A private profile is used for matching only: never shown, never suggested to others.
 */
public record Profile(
        String teamId,
        String userId,
        String unit,
        String canHelp,
        String wantsToLearn,
        boolean prefersThree,
        String languages,
        String ratherNot,
        boolean isPrivate,
        long updatedAt) {

    public List<String> canHelpTags() {
        return Tags.split(canHelp);
    }

    public List<String> wantsToLearnTags() {
        return Tags.split(wantsToLearn);
    }

    public List<String> languageCodes() {
        return Tags.split(languages);
    }

    public List<String> ratherNotIds() {
        return Tags.split(ratherNot);
    }

    /** The matcher's view of this person; {@code fallbackLanguage} when the profile names none. */
    public Participant participant(String fallbackLanguage) {
        List<String> spoken = languageCodes().isEmpty() ? List.of(fallbackLanguage) : languageCodes();
        return new Participant(
                userId,
                Tags.unit(unit),
                Set.copyOf(canHelpTags()),
                Set.copyOf(wantsToLearnTags()),
                Set.copyOf(spoken),
                Set.copyOf(ratherNotIds()),
                prefersThree);
    }
}
