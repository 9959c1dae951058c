package org.kompis.pairing;

/** A candidate answer in round indices, while the matcher improves it. */
final class Plan {
    /** Each person's partner, or -1 when unmatched or in the trio. */
    final int[] mate;
    /** The trio's members, or null. */
    int[] trio;

    final Matching.Solver solver;

    Plan(int[] mate, int[] trio, Matching.Solver solver) {
        this.mate = mate;
        this.trio = trio;
        this.solver = solver;
    }

    int placed() {
        int placed = trio == null ? 0 : 3;
        for (int m : mate) {
            placed += m >= 0 ? 1 : 0;
        }
        return placed;
    }

    /** Noisy total, as the matcher optimises it. */
    double score(Scores scores) {
        double total = trio == null ? 0 : scores.group(trio);
        for (int i = 0; i < mate.length; i++) {
            if (mate[i] > i) {
                total += scores.pair(i, mate[i]);
            }
        }
        return total;
    }

    /** Placing more people wins; among equals, the higher score. */
    boolean betterThan(Plan other, Scores scores) {
        int placed = placed();
        int otherPlaced = other.placed();
        return placed != otherPlaced ? placed > otherPlaced : score(scores) > other.score(scores);
    }
}
