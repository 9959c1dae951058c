package org.kompis.pairing;

/**
 * {@link PairWeights} plus a tiny seeded tie-break noise. Real totals of different groupings differ by at least 1/26
 * or tie exactly; the noise of a whole grouping stays below {@link #NOISE_TOTAL}, so it only decides exact ties,
 * deterministically for a seed, and without favouring people early in the alphabet as a fixed order would.
 */
final class Scores {
    static final double NOISE_TOTAL = 1e-3;

    final PairWeights weights;
    private final long seed;
    private final double noisePerEdge;

    Scores(PairWeights weights, long seed) {
        this.weights = weights;
        this.seed = seed;
        // A grouping of n people has at most n edges (pairs plus one trio, or pairs plus one leftover seat).
        this.noisePerEdge = NOISE_TOTAL / Math.max(2, weights.size());
    }

    int size() {
        return weights.size();
    }

    /** Noisy weight of a pair, or {@link PairWeights#FORBIDDEN}. */
    double pair(int i, int j) {
        double w = weights.weight(i, j);
        return w == PairWeights.FORBIDDEN ? w : w + noise(Math.min(i, j), Math.max(i, j));
    }

    /** Noisy {@link PairWeights#groupWeight(int...)}. */
    double group(int... members) {
        double w = weights.groupWeight(members);
        for (int x = 0; x < members.length; x++) {
            for (int y = x + 1; y < members.length; y++) {
                w += noise(Math.min(members[x], members[y]), Math.max(members[x], members[y]));
            }
        }
        return w;
    }

    /** Stateless, so the value of a pair never depends on the order pairs are looked at (SplitMix64's mixer). */
    double noise(int low, int high) {
        long z = seed + 0x9E3779B97F4A7C15L * (((long) low << 32) | high);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        return (z >>> 11) * 0x1.0p-53 * noisePerEdge;
    }
}
