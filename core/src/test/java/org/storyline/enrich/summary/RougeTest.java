package org.storyline.enrich.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RougeTest {

    @Test
    void unigramsAndBigramsAgainstHandCountedValues() {
        // candidate: the cat sat on the mat; reference: the cat was on the mat
        Rouge.Score r1 = Rouge.score(1, "The cat sat on the mat.", "the cat was on the mat");
        assertThat(r1.recall()).isCloseTo(5 / 6.0, within(1e-9));    // the×2, cat, on, mat
        assertThat(r1.precision()).isCloseTo(5 / 6.0, within(1e-9));
        Rouge.Score r2 = Rouge.score(2, "The cat sat on the mat.", "the cat was on the mat");
        assertThat(r2.recall()).isCloseTo(3 / 5.0, within(1e-9));    // the cat, on the, the mat
        assertThat(r2.f1()).isCloseTo(3 / 5.0, within(1e-9));
    }

    @Test
    void countsAreClippedAndEmptySidesScoreZero() {
        Rouge.Score s = Rouge.score(1, "the the the the", "the cat");
        assertThat(s.recall()).isCloseTo(0.5, within(1e-9));
        assertThat(s.precision()).isCloseTo(0.25, within(1e-9));
        assertThat(Rouge.score(2, "one", "one two")).isEqualTo(new Rouge.Score(0, 0, 0));
        assertThat(Rouge.score(1, "", "x").f1()).isZero();
    }

    @Test
    void identicalTextsScoreOne() {
        String t = "Azerbaijan detained seven people linked to Sputnik Azerbaijan.";
        assertThat(Rouge.score(2, t, t)).isEqualTo(new Rouge.Score(1, 1, 1));
    }
}
