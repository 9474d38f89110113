package org.storyline.enrich.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Laws of the coverage comparison on random stories: exclusive and left-out never overlap, order is irrelevant. */
class CoveragePropertiesTest {

    @Property(tries = 200)
    void exclusiveFactsBelongToOneOutletAndAreNeverAlsoMissing(@ForAll @IntRange(min = 1, max = 6) int outlets,
                                                              @ForAll @IntRange(min = 0, max = 12) int facts,
                                                              @ForAll long seed) {
        Random random = new Random(seed);
        Map<String, String> outletOf = new LinkedHashMap<>();
        for (int i = 0; i < outlets * 2; i++) {
            outletOf.put("a" + i, "o" + random.nextInt(outlets));
        }
        List<Fact> all = new ArrayList<>();
        for (int f = 0; f < facts; f++) {
            List<String> ids = new ArrayList<>();
            outletOf.keySet().forEach(id -> {
                if (random.nextInt(3) == 0) {
                    ids.add(id);
                }
            });
            all.add(new Fact(Fact.Kind.EVENT, "f" + f, ids));
        }
        List<OutletCoverage> coverage = new CoverageComparer().compare(outletOf, all);
        for (Fact f : all) {
            long exclusiveFor = coverage.stream().filter(c -> c.exclusive().contains(f)).count();
            assertThat(exclusiveFor).isLessThanOrEqualTo(1);
        }
        for (OutletCoverage c : coverage) {
            assertThat(c.missing()).noneMatch(c.exclusive()::contains);
            assertThat(c.reported()).isGreaterThanOrEqualTo(c.exclusive().size());
        }
        List<Fact> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, random);
        List<OutletCoverage> again = new CoverageComparer().compare(outletOf, shuffled);
        for (int i = 0; i < coverage.size(); i++) {
            assertThat(again.get(i).exclusive()).containsExactlyInAnyOrderElementsOf(coverage.get(i).exclusive());
            assertThat(again.get(i).missing()).containsExactlyInAnyOrderElementsOf(coverage.get(i).missing());
        }
    }
}
