package org.kompis.sixhats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

/**
 * Deals hats to the groups of the in-threes mode.
 *
 * <p>The rules, in order of importance: nobody in a group shares a hat; with six or more people every hat is
 * worn; the hats are worn equally often, give or take one. Blue, the hat that steers, would be welcome in every
 * group, but with two or more groups that would take seats from the other hats and break the two rules above.
 * So blue only goes first among the hats that are worn once more than the rest, which also puts it in as many
 * different groups as the even count allows.
 */
public final class HatDealer {
    private HatDealer() {}

    /** Where a late joiner went: the groups after the join, the index of their group and their hat. */
    public record LateJoin(List<Group> groups, int group, Hat hat) {
        public LateJoin {
            groups = List.copyOf(groups);
        }
    }

    /**
     * Splits {@code people} with {@link GroupSplitter} and deals the hats; deterministic for a given seed.
     * Empty when there are too few people for groups: run hat by hat instead.
     */
    public static List<Group> deal(List<String> people, long seed) {
        Random random = new Random(seed);
        List<List<String>> split = GroupSplitter.split(people, random);
        List<Hat> order = new ArrayList<>(Hat.canonical());
        order.remove(Hat.BLUE);
        Collections.shuffle(order, random);
        order.add(0, Hat.BLUE);
        // Seats dealt round-robin through all groups: counts differ by at most one, the first hats in the order
        // get the extra seats, and six seats in a row cover all hats, more than any group (at most four) holds.
        List<Group> groups = new ArrayList<>();
        int seat = 0;
        for (List<String> members : split) {
            List<Seat> seats = new ArrayList<>();
            for (String person : members) {
                seats.add(new Seat(person, order.get(seat++ % order.size())));
            }
            groups.add(new Group(seats));
        }
        return List.copyOf(groups);
    }

    /**
     * The hat for a late joiner: the least-worn hat that nobody in their group wears, ties broken by canonical
     * order. Hats missing from {@code wornCounts} count as never worn.
     */
    public static Hat lateJoiner(Map<Hat, Integer> wornCounts, Set<Hat> hatsInGroup) {
        return Hat.canonical().stream()
                .filter(h -> !hatsInGroup.contains(h))
                .min(Comparator.<Hat>comparingInt(h -> wornCounts.getOrDefault(h, 0))
                        .thenComparing(Comparator.naturalOrder()))
                .orElseThrow(() -> new IllegalArgumentException("the group already wears every hat"));
    }

    /**
     * Places a late joiner in the smallest group that has room (at most {@value GroupSplitter#MAX_GROUP}); among
     * equally small groups, the one where they can wear the least-worn hat, then the first. When every group
     * has four, they start a new group that the next late joiners fill: splitting a group that is already
     * talking would interrupt two conversations to spare one person a short wait. Room and distinct hats come
     * first, so when every smallest group already wears the least-worn hats, the counts can drift two apart.
     */
    public static LateJoin placeLateJoiner(List<Group> groups, String person) {
        Objects.requireNonNull(person, "person");
        if (groups.stream().anyMatch(g -> g.contains(person))) {
            throw new IllegalArgumentException(person + " is already in a group");
        }
        Map<Hat, Integer> worn = wornCounts(groups);
        int best = -1;
        Hat bestHat = null;
        for (int i = 0; i < groups.size(); i++) {
            Group g = groups.get(i);
            if (g.size() >= GroupSplitter.MAX_GROUP) {
                continue;
            }
            Hat hat = lateJoiner(worn, g.hats());
            if (best < 0
                    || g.size() < groups.get(best).size()
                    || g.size() == groups.get(best).size() && worn.get(hat) < worn.get(bestHat)) {
                best = i;
                bestHat = hat;
            }
        }
        List<Group> after = new ArrayList<>(groups);
        if (best < 0) {
            Hat hat = lateJoiner(worn, Set.of());
            after.add(new Group(List.of(new Seat(person, hat))));
            return new LateJoin(after, after.size() - 1, hat);
        }
        after.set(best, groups.get(best).with(new Seat(person, bestHat)));
        return new LateJoin(after, best, bestHat);
    }

    /** How many people wear each hat; every hat is a key, unworn hats count zero. */
    public static Map<Hat, Integer> wornCounts(List<Group> groups) {
        Map<Hat, Integer> counts = new EnumMap<>(Hat.class);
        Hat.canonical().forEach(h -> counts.put(h, 0));
        groups.forEach(g -> g.seats().forEach(s -> counts.merge(s.hat(), 1, Integer::sum)));
        return counts;
    }
}
