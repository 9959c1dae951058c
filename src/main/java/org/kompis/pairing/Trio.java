package org.kompis.pairing;

import java.util.Arrays;

/**
 * Forms the one group of three. Exact for small rounds by trying every trio; for larger rounds a local search from
 * the optimal pairs, because the trio is one group among hundreds there and each exact try costs a full matching.
 */
final class Trio {
  private Trio() {}

  /**
   * Places one leftover {@code u} by the best of two moves: u joins a pair; or u takes the partner y of someone x
   * (y among u's candidates) and x joins another pair. The second move lets a better third, such as someone who
   * prefers three, take the trio. Placing someone always beats not placing, so the best move is taken even at a loss.
   */
  static void placeLeftover(Scores scores, Plan plan, int[][] candidates) {
    int[] mate = plan.mate;
    int[] firsts = java.util.stream.IntStream.range(0, mate.length).filter(a -> mate[a] > a).toArray();
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
      for (int y : candidates[u]) {
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

  /** The best of {@code incumbent} and every allowed trio with everyone else matched optimally. */
  static Plan exhaustive(Scores scores, Plan incumbent, int k) {
    int n = scores.size();
    Plan best = incumbent;
    for (int t = 0; t < n; t++) {
      for (int a = t + 1; a < n; a++) {
        for (int b = a + 1; b < n; b++) {
          if (scores.weights.groupWeight(t, a, b) == PairWeights.FORBIDDEN) {
            continue;
          }
          int tt = t;
          int aa = a;
          int bb = b;
          int[] rest = java.util.stream.IntStream.range(0, n).filter(i -> i != tt && i != aa && i != bb).toArray();
          PairGraph.Result r = PairGraph.solve(scores, rest, k, PairGraph.NO_DEADLINE);
          Plan plan = new Plan(r.mate(), new int[] {t, a, b}, Matching.Solver.BLOSSOM);
          if (plan.betterThan(best, scores)) {
            best = plan;
          }
        }
      }
    }
    return best;
  }
}
