package org.storyline.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ClusteringScoresTest {

    @Test
    void identicalPartitionsScoreOneWhateverTheLabels() {
        ClusteringScores s = ClusteringScores.of(List.of("a", "a", "b", "c"), List.of("x", "x", "y", "z"));
        assertThat(s.nmi()).isCloseTo(1, offset(1e-12));
        assertThat(s.ari()).isCloseTo(1, offset(1e-12));
        assertThat(s.bcubedF1()).isCloseTo(1, offset(1e-12));
    }

    @Test
    void matchesReferenceValues() {
        // Reference: scikit-learn normalized_mutual_info_score / adjusted_rand_score formulas, by hand.
        ClusteringScores s = ClusteringScores.of(List.of("a", "a", "a", "b", "b", "c"),
                List.of("x", "x", "y", "y", "z", "z"));
        assertThat(s.nmi()).isCloseTo(0.5206652464, offset(1e-9));
        assertThat(s.ari()).isCloseTo(0.0740740741, offset(1e-9));
        // B-cubed precision: a,a in {x}: 1,1; a in y: 1/2; b in y: 1/2; b,c in z: 1/2,1/2 -> 4/6.
        assertThat(s.bcubedPrecision()).isCloseTo(4.0 / 6, offset(1e-12));
        // recall: a,a: 2/3 each, a: 1/3; b,b: 1/2 each; c: 1 -> (2/3+2/3+1/3+1/2+1/2+1)/6.
        assertThat(s.bcubedRecall()).isCloseTo((2.0 / 3 * 2 + 1.0 / 3 + 1 + 1) / 6, offset(1e-12));
    }

    @Test
    void oneClusterForEverythingHasFullRecall() {
        ClusteringScores s = ClusteringScores.of(List.of("a", "a", "b"), List.of("x", "x", "x"));
        assertThat(s.bcubedRecall()).isEqualTo(1.0);
        assertThat(s.ari()).isCloseTo(0, offset(1e-12));
    }

    @Provide
    Arbitrary<List<String>> labels() {
        return Arbitraries.of("a", "b", "c", "d").list().ofSize(12);
    }

    @Property
    void swappingTruthAndPredictionKeepsNmiAriAndSwapsPrecisionWithRecall(@ForAll("labels") List<String> t,
                                                                          @ForAll("labels") List<String> p) {
        ClusteringScores forward = ClusteringScores.of(t, p);
        ClusteringScores backward = ClusteringScores.of(p, t);
        assertThat(forward.nmi()).isCloseTo(backward.nmi(), offset(1e-9));
        assertThat(forward.ari()).isCloseTo(backward.ari(), offset(1e-9));
        assertThat(forward.bcubedPrecision()).isCloseTo(backward.bcubedRecall(), offset(1e-9));
        assertThat(forward.nmi()).isBetween(0.0, 1.0 + 1e-9);
        assertThat(forward.bcubedF1()).isBetween(0.0, 1.0 + 1e-9);
    }
}
