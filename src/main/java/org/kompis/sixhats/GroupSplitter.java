package org.kompis.sixhats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;

/**
 * Splits the people who joined into groups for the in-threes mode.
 *
 * <p>The rule: as many groups of three as possible, and at most one group that is not a three. A remainder of
 * one makes one three a four (nobody sits alone); a remainder of two becomes one pair. One odd group rather
 * than two (2+2 or 4+4) keeps as many people as possible in the threes the course asks for. Fewer than
 * {@value #MIN_PEOPLE} people cannot form a group: run hat by hat ({@link Mode#effective}).
 *
 * <pre>
 *  n  groups            n  groups
 *  1  hat by hat       11  3+3+3+2
 *  2  hat by hat       12  3+3+3+3
 *  3  3                13  3+3+3+4
 *  4  4                14  3+3+3+3+2
 *  5  3+2              15  3+3+3+3+3
 *  6  3+3              16  3+3+3+3+4
 *  7  3+4              17  3+3+3+3+3+2
 *  8  3+3+2            18  3+3+3+3+3+3
 *  9  3+3+3            19  3+3+3+3+3+4
 * 10  3+3+4            20  3+3+3+3+3+3+2
 * </pre>
 */
public final class GroupSplitter {
    public static final int MIN_PEOPLE = 3;
    public static final int MAX_GROUP = 4;

    private GroupSplitter() {}

    /** Group sizes for {@code n} people, the odd group last; empty when {@code n < MIN_PEOPLE}. */
    public static List<Integer> sizes(int n) {
        if (n < MIN_PEOPLE) {
            return List.of();
        }
        List<Integer> sizes = new ArrayList<>(Collections.nCopies(n / 3, 3));
        switch (n % 3) {
            case 1 -> sizes.set(sizes.size() - 1, 4);
            case 2 -> sizes.add(2);
            default -> {}
        }
        return List.copyOf(sizes);
    }

    /**
     * {@code people} shuffled with {@code seed} and cut into {@link #sizes}; the same seed gives the same groups,
     * so a stored seed reproduces an exercise. Empty when there are too few people.
     */
    public static List<List<String>> split(List<String> people, long seed) {
        return split(people, new Random(seed));
    }

    static List<List<String>> split(List<String> people, Random random) {
        if (new HashSet<>(people).size() != people.size()) {
            throw new IllegalArgumentException("someone joined twice: " + people);
        }
        List<String> shuffled = new ArrayList<>(people);
        Collections.shuffle(shuffled, random);
        List<List<String>> groups = new ArrayList<>();
        int from = 0;
        for (int size : sizes(people.size())) {
            groups.add(List.copyOf(shuffled.subList(from, from + size)));
            from += size;
        }
        return List.copyOf(groups);
    }
}
