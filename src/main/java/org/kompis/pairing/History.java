package org.kompis.pairing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Who has met whom in earlier rounds of the ritual, counted in rounds (1, 2, 3, ...) rather than dates so that
 * "long ago" means the same thing whether the ritual runs weekly or monthly. Only the latest meeting of a pair counts.
 */
public final class History {
    /** Two people were in the same group in {@code round}; a trio is three meetings. */
    public record Meeting(String a, String b, int round) {
        public Meeting {
            Objects.requireNonNull(a, "a");
            Objects.requireNonNull(b, "b");
        }
    }

    private static final History NONE = new History(1, Map.of());

    private final int currentRound;
    private final Map<String, Map<String, Integer>> lastRound;

    private History(int currentRound, Map<String, Map<String, Integer>> lastRound) {
        this.currentRound = currentRound;
        this.lastRound = lastRound;
    }

    /** Nobody has met anybody yet. */
    public static History none() {
        return NONE;
    }

    /**
     * The history as seen when round {@code currentRound} is being matched; every meeting must be from an earlier
     * round.
     */
    public static History of(int currentRound, Collection<Meeting> meetings) {
        Map<String, Map<String, Integer>> last = new HashMap<>();
        for (Meeting m : meetings) {
            if (m.round() >= currentRound) {
                throw new IllegalArgumentException(
                        "meeting in round " + m.round() + " is not before round " + currentRound);
            }
            last.computeIfAbsent(m.a(), k -> new HashMap<>()).merge(m.b(), m.round(), Math::max);
            last.computeIfAbsent(m.b(), k -> new HashMap<>()).merge(m.a(), m.round(), Math::max);
        }
        return new History(currentRound, last);
    }

    public int currentRound() {
        return currentRound;
    }

    /** How many rounds ago {@code a} and {@code b} last met (1 = the previous round), or empty if they never met. */
    public OptionalInt roundsSinceMet(String a, String b) {
        Integer round = partnersOf(a).get(b);
        return round == null ? OptionalInt.empty() : OptionalInt.of(currentRound - round);
    }

    /** Everyone {@code userId} has met, with the round they last met. */
    Map<String, Integer> partnersOf(String userId) {
        return lastRound.getOrDefault(userId, Map.of());
    }

    /**
     * Every meeting the given groups make in {@code round}, ready to store and to feed into the next round's history.
     */
    public static List<Meeting> meetingsOf(Collection<? extends List<String>> groups, int round) {
        List<Meeting> meetings = new ArrayList<>();
        for (List<String> g : groups) {
            for (int i = 0; i < g.size(); i++) {
                for (int j = i + 1; j < g.size(); j++) {
                    meetings.add(new Meeting(g.get(i), g.get(j), round));
                }
            }
        }
        return meetings;
    }
}
