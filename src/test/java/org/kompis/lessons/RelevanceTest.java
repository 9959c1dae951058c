package org.kompis.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Search keeps finding what people mean: recall@5 and MRR on the project's relevance set stay at or above what was
 * measured when it was written (README, "Lessons search relevance"); the targets are the floor for
 * inflections (0.95), compound parts and the neighbour language (0.8).
 */
class RelevanceTest {
    // Category -> {recall@5, MRR}: just under the first measurement (0.99/0.95, 0.91/0.89, 0.83/0.71, 0.95/0.93,
    // 1.00/1.00, all 0.94/0.89), and never under the targets.
    static final Map<String, double[]> FLOOR = Map.of(
            "inflection", new double[] {0.95, 0.90},
            "compound", new double[] {0.85, 0.85},
            "neighbour", new double[] {0.80, 0.65},
            "typo", new double[] {0.90, 0.85},
            "multiword", new double[] {0.95, 0.95},
            "all", new double[] {0.90, 0.85});

    @TempDir
    Path dir;

    @Test
    void theSetHasEnoughPairsInEveryLanguage() {
        List<RelevanceSet.Query> queries = RelevanceSet.queries();
        assertThat(queries).hasSizeGreaterThanOrEqualTo(150);
        assertThat(queries).extracting(RelevanceSet.Query::lang).contains("nb", "sv", "en");
    }

    @Test
    void recallAndMrrStayAboveTheirFloors() {
        for (RelevanceSet.Score s : RelevanceSet.measure(dir)) {
            double[] floor = FLOOR.get(s.category());
            assertThat(s.recallAt5())
                    .as("recall@5 of %s, misses %s", s.category(), s.misses())
                    .isGreaterThanOrEqualTo(floor[0]);
            assertThat(s.mrr()).as("MRR of %s", s.category()).isGreaterThanOrEqualTo(floor[1]);
        }
    }
}
