package org.storyline.enrich.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.enrich.account.Topic;
import org.storyline.enrich.coverage.Fact;
import org.storyline.enrich.coverage.OutletCoverage;
import org.storyline.enrich.outlet.OutletRegistry;
import org.storyline.enrich.timeline.SeedCorpus;
import org.storyline.model.Article;
import org.storyline.model.StoredArticle;

class StoryAnalyzerTest {

    private static final StoryAnalyzer ANALYZER = new StoryAnalyzer(OutletRegistry.shipped());

    /** The rift story's seed articles, with the outlets their pages name; the AP copy as a copy. */
    private static List<StoredArticle> rift() {
        return SeedCorpus.read().rift().stream().map(i -> {
            String outlet = i.id().contains("aljazeera") ? "Al Jazeera" : i.id().contains("dw") ? "DW"
                    : i.id().contains("rt") ? "Russia Today" : i.id().contains("ap") ? "AP" : null;
            Article a = new Article(i.id(), i.id(), outlet, null, i.published(), null, null, "en", List.of(),
                    i.text(), "seed");
            return new StoredArticle(a, i.id().equals("seed001-wfp-ap-copy") ? "seed001-ap" : null, "rift");
        }).toList();
    }

    @Test
    void theRiftStoryShowsItsDisagreementsAndWhoSaysWhat() {
        StoryAnalysis analysis = ANALYZER.analyze(rift());
        assertThat(analysis.disputedClaims()).anySatisfy(g -> assertThat(g.values()).anySatisfy(v -> {
            assertThat(v.label()).isEqualTo("about 50");
            assertThat(analysis.outletsOf(v.articleIds())).containsExactly("Al Jazeera");
        }));
        assertThat(analysis.disputedAccounts()).extracting(d -> d.topic()).containsExactly(Topic.CAUSE_OF_DEATH);
        assertThat(analysis.summary()).hasSize(StoryAnalyzer.SUMMARY_SENTENCES);
        assertThat(analysis.hashtags()).contains("RussiaAzerbaijan");
        assertThat(analysis.profiles().get("Russia Today").label()).isEqualTo("Russia · state-controlled");
        assertThat(analysis.profiles().get("AP").type().label()).isEqualTo("wire agency");
        assertThat(analysis.timeline()).isNotEmpty();
    }

    @Test
    void copiesCountForTheirOutletAndQuotesFromOtherStagesAreCompared() {
        Fact quote = new Fact(Fact.Kind.QUOTE, "Peskov: 'not in line with generally accepted norms'",
                List.of("seed001-ap"));
        StoryAnalysis analysis = ANALYZER.analyze(rift(), List.of(quote));
        OutletCoverage ap = analysis.coverage().stream().filter(c -> c.outlet().equals("AP")).findFirst().orElseThrow();
        assertThat(ap.articleIds()).containsExactly("seed001-ap", "seed001-wfp-ap-copy");
        assertThat(ap.exclusive()).extracting(Fact::label).contains(quote.label());
        // each article without an outlet name taken from a file stands apart, named by where it came from
        assertThat(analysis.coverage()).filteredOn(c -> c.outlet().startsWith("outlet unknown (via seed): "))
                .hasSizeGreaterThan(2).allSatisfy(c -> assertThat(c.articleIds()).hasSize(1));
    }

    @Test
    void anArticleIsCreditedToItsWireItsOutletOrWhereItCameFrom() {
        assertThat(ANALYZER.outletName(stored("BAKU, Azerbaijan (AP) — Police detained seven.", "Some Paper", null,
                "feed.xml"))).isEqualTo("AP");
        assertThat(ANALYZER.outletName(stored("Police detained seven.", "Some Paper", null, "feed.xml")))
                .isEqualTo("Some Paper");
        // a site is one outlet: its unnamed articles are credited alike and pool their coverage
        assertThat(ANALYZER.outletName(stored("Police detained seven.", null, "https://www.oc-media.org/a/1", "x")))
                .isEqualTo(ANALYZER.outletName(stored("The raid followed.", null, "https://oc-media.org/b/2", "y")))
                .isEqualTo("outlet unknown (via oc-media.org)");
        // a file (an aggregator's page) holds many outlets' articles: each stands alone
        assertThat(ANALYZER.outletName(stored("Police detained seven.", null, null, "dumps/002_listing.txt")))
                .isEqualTo("outlet unknown (via 002_listing.txt): Police detained seven people in a raid…");
    }

    private static StoredArticle stored(String text, String outlet, String url, String origin) {
        return new StoredArticle(new Article("a-" + text.hashCode(), "Police detained seven people in a raid on the"
                + " offices", outlet, url == null ? null : java.net.URI.create(url), null, null, null, "en", List.of(),
                text, origin), null, "s");
    }

    @Test
    void anEmptyStoryHasAnEmptyAnalysis() {
        StoryAnalysis analysis = ANALYZER.analyze(List.of());
        assertThat(analysis.timeline()).isEmpty();
        assertThat(analysis.summary()).isEmpty();
        assertThat(analysis.coverage()).isEmpty();
        assertThat(analysis.hashtags()).isEmpty();
    }
}
