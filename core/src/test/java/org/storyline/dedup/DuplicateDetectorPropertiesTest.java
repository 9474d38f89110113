package org.storyline.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class DuplicateDetectorPropertiesTest {

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> word = Arbitraries.of("baku", "moscow", "raid", "sputnik", "editor", "court", "said",
                "the", "of", "police", "custody", "brothers", "deaths", "kremlin", "ministry", "talks", "gas",
                "plane", "crash", "missile", "envoy", "protest", "arrest", "news", "agency", "release");
        return word.list().ofMinSize(0).ofMaxSize(120).map(words -> String.join(" ", words));
    }

    @Property
    void containmentIsBetweenZeroAndOne(@ForAll("texts") String a, @ForAll("texts") String b) {
        assertThat(DuplicateDetector.containment(a, b)).isBetween(0.0, 1.0);
    }

    @Property
    void containmentIsSymmetric(@ForAll("texts") String a, @ForAll("texts") String b) {
        assertThat(DuplicateDetector.containment(a, b)).isEqualTo(DuplicateDetector.containment(b, a));
    }

    @Property
    void aTextLongEnoughToCompareIsACopyOfItself(@ForAll("texts") String a, @ForAll("texts") String other) {
        DuplicateDetector copies = new DuplicateDetector();
        copies.add("other", other);
        copies.add("a", a);
        boolean comparable = Shingles.of(a).length >= DuplicateDetector.MIN_SHINGLES;
        if (comparable) {
            assertThat(copies.findCopyOf(a)).isPresent();
            assertThat(DuplicateDetector.containment(a, a)).isEqualTo(1.0);
        } else {
            assertThat(copies.findCopyOf(a)).isEmpty();
        }
    }

    @Property
    void aTextContainedInAnotherHasFullContainment(@ForAll("texts") String a, @ForAll("texts") String b) {
        String longer = b + " " + a + " " + b;
        if (Shingles.of(a).length >= DuplicateDetector.MIN_SHINGLES) {
            assertThat(DuplicateDetector.containment(a, longer)).isEqualTo(1.0);
        }
    }

    @Property
    void sketchEstimateIsExactForShortStoredTexts(@ForAll("texts") String stored, @ForAll("texts") String probe) {
        int[] s = Shingles.of(stored);
        int[] p = Shingles.of(probe);
        if (s.length <= DuplicateDetector.SKETCH) {
            assertThat(MinHashSketch.containment(p, s, 0, s.length, s.length))
                    .isCloseTo(MinHashSketch.containment(p, s), offset(1e-9));
        }
    }
}
