package org.kompis.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The matcher against an exhaustive search over every grouping, on rounds small enough that nothing is pruned. */
class MatcherOptimalityTest {
    private static final int INSTANCES = 40;
    private static final RandomRounds.Shape WITH_RATHER_NOT = new RandomRounds.Shape(3, 6, 0, 2, 0.15, 0.25);
    private static final RandomRounds.Shape NO_RATHER_NOT = new RandomRounds.Shape(3, 6, 0, 2, 0, 0.25);

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 5, 6, 7, 8, 9, 10})
    void equalsTheBruteForceOptimum(int n) {
        for (int seed = 0; seed < INSTANCES; seed++) {
            RandomRounds.Shape shape = seed % 2 == 0 ? WITH_RATHER_NOT : NO_RATHER_NOT;
            List<Participant> people = RandomRounds.people(n, shape, seed * 100L + n);
            History history = RandomRounds.history(people, 12, 0.3, seed);
            Matching matching = new Matcher().match(people, history, seed);
            BruteForce best = BruteForce.of(people, history);
            Checks.assertValid(matching, people);
            assertThat(n - matching.unmatched().size())
                    .as("placed, seed %d", seed)
                    .isEqualTo(best.placed);
            assertThat(matching.totalWeight()).as("total weight, seed %d", seed).isCloseTo(best.weight, within(1e-9));
        }
    }

    /** Without the exhaustive trio search, even rounds with no rather-not lists are still plain Blossom V: optimal. */
    @ParameterizedTest
    @ValueSource(ints = {2, 4, 6, 8, 10})
    void localTrioSearchIsNotNeededForEvenRounds(int n) {
        Matcher local = new Matcher(new Matcher.Options(32, Duration.ofSeconds(10), 0, 0));
        for (int seed = 0; seed < INSTANCES; seed++) {
            List<Participant> people = RandomRounds.people(n, NO_RATHER_NOT, seed * 100L + n);
            History history = RandomRounds.history(people, 12, 0.3, seed);
            assertThat(local.match(people, history, seed).totalWeight())
                    .isCloseTo(BruteForce.of(people, history).weight, within(1e-9));
        }
    }

    /** Past the exact tier, trying everyone as the third stays close to the optimum and never loses to local search. */
    @ParameterizedTest
    @ValueSource(ints = {13, 15})
    void everyThirdTierIsNearTheOptimum(int n) {
        Matcher exact = new Matcher(new Matcher.Options(32, Duration.ofSeconds(10), n, 0));
        Matcher local = new Matcher(new Matcher.Options(32, Duration.ofSeconds(10), 0, 0));
        for (int seed = 0; seed < 6; seed++) {
            List<Participant> people = RandomRounds.people(n, WITH_RATHER_NOT, seed * 100L + n);
            History history = RandomRounds.history(people, 12, 0.3, seed);
            double tiered = new Matcher().match(people, history, seed).totalWeight();
            assertThat(tiered)
                    .isGreaterThanOrEqualTo(local.match(people, history, seed).totalWeight() - 1e-9)
                    .isGreaterThanOrEqualTo(
                            0.99 * exact.match(people, history, seed).totalWeight());
        }
    }

    /** Tries every way to split people into pairs, at most one trio and people left out; most placed, then heaviest. */
    private static final class BruteForce {
        private final PairWeights weights;
        private final boolean[] used;
        private int placed = -1;
        private double weight;

        private BruteForce(PairWeights weights) {
            this.weights = weights;
            this.used = new boolean[weights.size()];
        }

        static BruteForce of(List<Participant> people, History history) {
            BruteForce search = new BruteForce(new PairWeights(people, history));
            search.search(0, false, 0, 0);
            return search;
        }

        private void search(int from, boolean trioUsed, int placedSoFar, double weightSoFar) {
            int i = from;
            while (i < used.length && used[i]) {
                i++;
            }
            if (i == used.length) {
                if (placedSoFar > placed || (placedSoFar == placed && weightSoFar > weight)) {
                    placed = placedSoFar;
                    weight = weightSoFar;
                }
                return;
            }
            used[i] = true;
            search(i + 1, trioUsed, placedSoFar, weightSoFar);
            for (int j = i + 1; j < used.length; j++) {
                if (used[j] || !weights.allowed(i, j)) {
                    continue;
                }
                used[j] = true;
                search(i + 1, trioUsed, placedSoFar + 2, weightSoFar + weights.groupWeight(i, j));
                for (int k = j + 1; k < used.length && !trioUsed; k++) {
                    double trio = weights.groupWeight(i, j, k);
                    if (!used[k] && trio != PairWeights.FORBIDDEN) {
                        used[k] = true;
                        search(i + 1, true, placedSoFar + 3, weightSoFar + trio);
                        used[k] = false;
                    }
                }
                used[j] = false;
            }
            used[i] = false;
        }
    }
}
