package org.kompis.pairing;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One person taking part in this round. Snoozed people are simply not passed to the {@link Matcher}, so they can
 * never be paired. Tags, languages and team names are compared exactly: normalise them where they are entered.
 *
 * @param userId Slack user id, unique within a round
 * @param team team or unit name; empty when unknown (then no cross-team bonus is given)
 * @param canHelpWith topics this person can help others with
 * @param wantsToLearn topics this person wants to learn
 * @param languages languages this person is happy to talk in, e.g. "nb", "sv", "en"
 * @param ratherNot user ids this person would rather not be paired with; honoured in both directions
 * @param prefersThree this person prefers groups of three, so is a good candidate for the trio on odd counts
 */
public record Participant(
        String userId,
        String team,
        Set<String> canHelpWith,
        Set<String> wantsToLearn,
        Set<String> languages,
        Set<String> ratherNot,
        boolean prefersThree) {

    public Participant {
        Objects.requireNonNull(userId, "userId");
        team = team == null ? "" : team;
        // Sorted copies: Set.copyOf iterates in a per-JVM random order, which would leak into intros and break
        // determinism.
        canHelpWith = sorted(canHelpWith);
        wantsToLearn = sorted(wantsToLearn);
        languages = sorted(languages);
        ratherNot = sorted(ratherNot);
    }

    /** A participant with no preferences beyond team and languages; handy for tests and first-time users. */
    public static Participant of(String userId, String team, Set<String> languages) {
        return new Participant(userId, team, Set.of(), Set.of(), languages, Set.of(), false);
    }

    private static SortedSet<String> sorted(Set<String> values) {
        return values == null ? Collections.emptySortedSet() : Collections.unmodifiableSortedSet(new TreeSet<>(values));
    }
}
