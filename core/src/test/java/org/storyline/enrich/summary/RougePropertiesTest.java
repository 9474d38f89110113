package org.storyline.enrich.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** Laws of ROUGE-N: swapping candidate and reference swaps recall and precision; scores lie in [0, 1]. */
class RougePropertiesTest {

    private static String text(List<String> words) {
        return String.join(" ", words);
    }

    @Property
    void swappingSidesSwapsRecallAndPrecision(@ForAll @Size(max = 30) List<@StringLength(min = 1, max = 3) String> a,
                                              @ForAll @Size(max = 30) List<@StringLength(min = 1, max = 3) String> b,
                                              @ForAll @IntRange(min = 1, max = 3) int n) {
        Rouge.Score ab = Rouge.score(n, text(a), text(b));
        Rouge.Score ba = Rouge.score(n, text(b), text(a));
        assertThat(ab.recall()).isCloseTo(ba.precision(), within(1e-12));
        assertThat(ab.precision()).isCloseTo(ba.recall(), within(1e-12));
        assertThat(ab.f1()).isCloseTo(ba.f1(), within(1e-12));
        for (double v : new double[] {ab.recall(), ab.precision(), ab.f1()}) {
            assertThat(v).isBetween(0.0, 1.0);
        }
    }

    @Property
    void aTextScoresOneAgainstItselfWhenItHasNGrams(@ForAll @Size(min = 3, max = 30)
                                                     List<@StringLength(min = 1, max = 6) String> words) {
        String t = text(words);
        Rouge.Score s = Rouge.score(1, t, t);
        if (!Rouge.tokens(t).isEmpty()) {
            assertThat(s.f1()).isCloseTo(1.0, within(1e-12));
        }
    }
}
