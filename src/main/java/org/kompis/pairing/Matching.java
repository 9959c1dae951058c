package org.kompis.pairing;

import java.util.List;

/**
 * One round's result: pairs plus at most one trio, and whoever could not be placed.
 *
 * @param groups sorted by first member
 * @param unmatched people with no allowed place, sorted; normally empty, or everyone when fewer than two take part
 * @param totalWeight sum of the groups' weights
 * @param solver which algorithm produced the pairs
 */
public record Matching(List<Group> groups, List<String> unmatched, double totalWeight, Solver solver) {

    /** Blossom V is optimal; greedy is the fallback when Blossom V overran the time budget. */
    public enum Solver {
        BLOSSOM,
        GREEDY_FALLBACK
    }

    public Matching {
        groups = List.copyOf(groups);
        unmatched = List.copyOf(unmatched);
    }

    /** The meetings this round creates, to store and feed into the next round's {@link History}. */
    public List<History.Meeting> meetings(int round) {
        return History.meetingsOf(groups.stream().map(Group::members).toList(), round);
    }
}
