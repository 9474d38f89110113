package org.storyline.enrich.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoverageComparerTest {

    private final Map<String, String> outlets = new LinkedHashMap<>();

    {
        outlets.put("ap1", "AP");
        outlets.put("ap2", "AP");
        outlets.put("dw", "DW");
        outlets.put("rt", "RT");
        outlets.put("aj", "Al Jazeera");
    }

    private final Fact raid = new Fact(Fact.Kind.EVENT, "27 Jun 2025: raid in Yekaterinburg", List.of("ap1", "dw", "aj"));
    private final Fact fifty = new Fact(Fact.Kind.CLAIM, "about 50 people detained", List.of("aj"));
    private final Fact crash = new Fact(Fact.Kind.EVENT, "25 Dec 2024: plane crash", List.of("ap2", "dw"));
    private final Fact quote = new Fact(Fact.Kind.QUOTE, "Peskov: 'not in line with norms'", List.of("ap1", "rt"));

    @Test
    void exclusiveAndMissingFactsPerOutlet() {
        List<OutletCoverage> coverage = new CoverageComparer().compare(outlets, List.of(raid, fifty, crash, quote));
        assertThat(coverage).extracting(OutletCoverage::outlet).containsExactly("AP", "DW", "RT", "Al Jazeera");
        OutletCoverage ap = coverage.get(0);
        assertThat(ap.articleIds()).containsExactly("ap1", "ap2");
        assertThat(ap.reported()).isEqualTo(3);
        assertThat(ap.exclusive()).isEmpty();
        assertThat(ap.missing()).isEmpty(); // "about 50" is Al Jazeera's alone
        OutletCoverage rt = coverage.get(2);
        assertThat(rt.missing()).containsExactly(raid, crash); // raid by 3 of 3 others, crash by 2 of 3
        assertThat(coverage.get(3).exclusive()).containsExactly(fifty);
        assertThat(coverage.get(3).missing()).containsExactly(crash, quote);
    }

    @Test
    void oneOutletHasNothingExclusiveOrMissing() {
        List<OutletCoverage> coverage = new CoverageComparer().compare(Map.of("a", "AP"), List.of(raid, fifty));
        assertThat(coverage).singleElement().satisfies(c -> {
            assertThat(c.exclusive()).isEmpty();
            assertThat(c.missing()).isEmpty();
            assertThat(c.reported()).isZero(); // neither fact names this outlet's article
        });
    }

    @Test
    void factsThatReadAlikeAreOneSoNoOutletBothReportsAndLeavesItOut() {
        // two claim groups both saying "38 people killed": DW states one, AP and RT the other
        Fact one = new Fact(Fact.Kind.CLAIM, "38 people killed or dead", List.of("dw"));
        Fact other = new Fact(Fact.Kind.CLAIM, "38 people killed or dead", List.of("ap1", "rt"));
        List<OutletCoverage> coverage = new CoverageComparer().compare(outlets, List.of(one, other));
        OutletCoverage dw = coverage.stream().filter(c -> c.outlet().equals("DW")).findFirst().orElseThrow();
        assertThat(dw.exclusive()).isEmpty();
        assertThat(dw.missing()).isEmpty();
        assertThat(coverage.stream().filter(c -> c.outlet().equals("Al Jazeera")).findFirst().orElseThrow().missing())
                .singleElement().satisfies(f -> assertThat(f.articleIds()).containsExactly("dw", "ap1", "rt"));
    }
}
