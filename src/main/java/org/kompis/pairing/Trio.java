package org.kompis.pairing;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Forms the one group of three, in three tiers by round size. Small rounds try every trio (exact, one small
 * matching each); mid-size rounds try every person as the third (one matching each, near-exact in tests); large
 * rounds improve the optimal pairs locally, since there the trio is one group among hundreds and each extra try
 * costs a full matching.
 */
final class Trio {
    private Trio() {}

    /** {@code plan} with a trio formed where it scores best, if anyone is left over. */
    static Plan best(Scores scores, Plan plan, Matcher.Options options) {
        int n = scores.size();
        int k = options.candidatesPerPerson();
        placeLeftover(scores, plan, k);
        if (plan.trio == null && plan.placed() == n) {
            return plan;
        }
        if (n <= options.exactTriosUpTo()) {
            return everyTrio(scores, plan, k);
        }
        return n <= options.everyThirdUpTo() ? everyThird(scores, plan, k) : plan;
    }

    /**
     * Places one leftover {@code u} by the best of two moves: u joins a pair; or u takes the partner y of someone x
     * (y among u's candidates) and x joins another pair. The second move lets a better third, such as someone who
     * prefers three, take the trio. Placing someone always beats not placing, so the best move is taken even at a loss.
     */
    static void placeLeftover(Scores scores, Plan plan, int k) {
        int[] mate = plan.mate;
        int[] everyone = IntStream.range(0, mate.length).toArray();
        int[] firsts = IntStream.range(0, mate.length).filter(a -> mate[a] > a).toArray();
        double best = Double.NEGATIVE_INFINITY;
        int[] move = null;
        for (int u = 0; u < mate.length && plan.trio == null; u++) {
            if (mate[u] >= 0) {
                continue;
            }
            for (int a : firsts) {
                double gain = scores.group(u, a, mate[a]) - scores.pair(a, mate[a]);
                if (gain > best) {
                    best = gain;
                    move = new int[] {u, -1, u, a};
                }
            }
            for (int y : PairGraph.topK(scores, everyone, u, k)) {
                int x = mate[y];
                if (x < 0) {
                    continue;
                }
                double swap = scores.pair(u, y) - scores.pair(x, y);
                for (int a : firsts) {
                    if (a != x && a != y) {
                        double gain = swap + scores.group(x, a, mate[a]) - scores.pair(a, mate[a]);
                        if (gain > best) {
                            best = gain;
                            move = new int[] {u, y, x, a};
                        }
                    }
                }
            }
        }
        if (move != null) {
            apply(plan, move[0], move[1], move[2], move[3]);
        }
    }

    /** u pairs with y (unless y is -1), then x joins a's pair. */
    private static void apply(Plan plan, int u, int y, int x, int a) {
        int[] mate = plan.mate;
        int b = mate[a];
        if (y >= 0) {
            mate[u] = y;
            mate[y] = u;
        }
        mate[x] = -1;
        mate[a] = -1;
        mate[b] = -1;
        plan.trio = new int[] {x, a, b};
        Arrays.sort(plan.trio);
    }

    /** Each person in turn sits out while everyone else is matched optimally, then is placed by the moves above. */
    private static Plan everyThird(Scores scores, Plan incumbent, int k) {
        int n = scores.size();
        Plan best = incumbent;
        for (int t = 0; t < n; t++) {
            int third = t;
            int[] rest = IntStream.range(0, n).filter(i -> i != third).toArray();
            Plan plan = new Plan(
                    PairGraph.solve(scores, rest, k, PairGraph.NO_DEADLINE).mate(), null, incumbent.solver);
            placeLeftover(scores, plan, k);
            best = plan.betterThan(best, scores) ? plan : best;
        }
        return best;
    }

    /** Every allowed trio with everyone else matched optimally: exact. */
    private static Plan everyTrio(Scores scores, Plan incumbent, int k) {
        int n = scores.size();
        Plan best = incumbent;
        for (int t = 0; t < n; t++) {
            for (int a = t + 1; a < n; a++) {
                for (int b = a + 1; b < n; b++) {
                    if (scores.weights.groupWeight(t, a, b) == PairWeights.FORBIDDEN) {
                        continue;
                    }
                    int[] trio = {t, a, b};
                    int[] rest = IntStream.range(0, n)
                            .filter(i -> Arrays.binarySearch(trio, i) < 0)
                            .toArray();
                    Plan plan = new Plan(
                            PairGraph.solve(scores, rest, k, PairGraph.NO_DEADLINE)
                                    .mate(),
                            trio,
                            incumbent.solver);
                    best = plan.betterThan(best, scores) ? plan : best;
                }
            }
        }
        return best;
    }
}
