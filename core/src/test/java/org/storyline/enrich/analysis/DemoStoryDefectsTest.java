package org.storyline.enrich.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.enrich.claim.ClaimGroup;
import org.storyline.enrich.claim.ClaimValue;
import org.storyline.enrich.claim.Subject;
import org.storyline.enrich.coverage.Fact;
import org.storyline.enrich.coverage.OutletCoverage;
import org.storyline.enrich.outlet.OutletRegistry;
import org.storyline.enrich.timeline.TimelineEntry;
import org.storyline.model.RawDocument;
import org.storyline.model.Story;
import org.storyline.model.StoredArticle;
import org.storyline.pipeline.Pipeline;
import org.storyline.store.QuoteRow;
import org.storyline.store.ArticleStore;
import org.storyline.store.SqliteArticleStore;

/**
 * The defects issue 12 found on the demo corpus's story page, each pinned: the five seed pages go through the
 * production pipeline into a real store (capture times as the demo loader gives them), and the rift story is
 * analysed as the page and the export analyse it.
 */
class DemoStoryDefectsTest {

    private static final Map<String, String> CAPTURED = Map.of("000_60c0dc753cd72808.txt", "2025-07-08T12:00:00Z",
            "004_1bf4521e95fd75c3.txt", "2025-07-03T22:00:00Z");
    private static final List<String> PAGES = List.of("000_60c0dc753cd72808.txt", "001_cdf990397cf0dbf9.txt",
            "002_8cb8ee6d2ea8524c.txt", "003_f68028b4200ec6dd.txt", "004_1bf4521e95fd75c3.txt");

    @TempDir
    static Path data;
    private static StoryAnalysis analysis;
    private static final List<QuoteRow> QUOTES = new ArrayList<>();

    @BeforeAll
    static void ingestTheDemoCorpus() throws IOException {
        try (ArticleStore store = SqliteArticleStore.open(data)) {
            Pipeline pipeline = Pipeline.open(store);
            for (String page : PAGES) {
                String content;
                try (InputStream in = DemoStoryDefectsTest.class.getResourceAsStream("/seeds/" + page)) {
                    content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                Instant at = Instant.parse(CAPTURED.getOrDefault(page, "2025-07-04T12:00:00Z"));
                pipeline.ingest(new RawDocument("demo/" + page, RawDocument.Format.TEXT_DUMP, content, at, false),
                        Integer.toHexString(content.hashCode()));
            }
            Story rift = store.stories(100, 0).stream().max(java.util.Comparator.comparingInt(Story::articleCount))
                    .orElseThrow();
            List<StoredArticle> articles = store.articlesOfStory(rift.id());
            analysis = new StoryAnalyzer(OutletRegistry.shipped()).analyze(articles);
            store.entities().forEachQuote(QUOTES::add);
        }
    }

    private static List<List<Long>> disputed(Subject subject) {
        return analysis.claims().stream().filter(g -> g.subject() == subject && g.disputed() && g.articleCount() > 1)
                .map(g -> g.values().stream().map(ClaimValue::value).toList()).toList();
    }

    @Test
    void countsOfDifferentEventsOrTimesAreNoDisagreement() {
        // 7 detained in the 30 June raid against 13 Russians held in September; 38 killed in the crash against
        // the two custody deaths
        assertThat(disputed(Subject.DETAINED)).noneMatch(v -> v.contains(7L) && v.contains(13L));
        assertThat(disputed(Subject.KILLED)).noneMatch(v -> v.contains(38L) && v.contains(2L));
    }

    @Test
    void theRealDisagreementsStay() {
        assertThat(disputed(Subject.DETAINED)).anyMatch(v -> v.contains(50L) && v.contains(9L));
        assertThat(disputed(Subject.CHARGED)).anyMatch(v -> v.contains(5L) && v.contains(6L));
        for (ClaimGroup g : analysis.disputedClaims()) {
            // each side of a disagreement shows its own sentence
            assertThat(g.claims().stream().map(c -> c.sentence()).distinct().count()).isGreaterThan(1);
        }
    }

    @Test
    void noOutletBothReportsAndLeavesOutAFact() {
        for (OutletCoverage c : analysis.coverage()) {
            List<String> exclusive = c.exclusive().stream().map(Fact::label).toList();
            List<String> missing = c.missing().stream().map(Fact::label).toList();
            assertThat(missing).as(c.outlet()).noneMatch(exclusive::contains);
            for (Fact f : c.missing()) {
                assertThat(f.articleIds()).as(c.outlet() + " leaves out " + f.label())
                        .noneMatch(c.articleIds()::contains);
            }
        }
    }

    @Test
    void theAmbassadorsProtestIsCreditedOnlyToWhoReportedIt() {
        TimelineEntry protest = analysis.timeline().stream().filter(e -> e.description().contains("formal protest"))
                .findFirst().orElseThrow();
        assertThat(analysis.outletsOf(protest.articleIds())).containsExactly("Al Jazeera");
    }

    @Test
    void theApStoryIsCreditedToApNotToItsRepublisher() {
        assertThat(analysis.outletOfArticle().values()).contains("AP").doesNotContain("Winnipeg Free Press");
        assertThat(analysis.profiles().get("AP").type().label()).isEqualTo("wire agency");
    }

    @Test
    void aPageThatNamesItsOutletOnlyInItsSubscriptionPromptIsCreditedToIt() {
        // 004's own article carries no outlet line, only "Want all of The Times? Subscribe." under its text.
        assertThat(analysis.outletOfArticle().values()).contains("The Times");
    }

    @Test
    void quotesKeepTheirMarksAndPlacesAreNoSpeakers() {
        assertThat(QUOTES).extracting(QuoteRow::speakerName).doesNotContain("Baku", "Azerbaijan", "Denmark", "Moscow");
        for (QuoteRow q : QUOTES) {
            assertThat(q.text()).as(q.speakerName()).doesNotStartWith("outside forces'");
            long doubles = q.text().chars().filter(ch -> ch == '"' || ch == '“' || ch == '”').count();
            assertThat(doubles % 2).as(q.text()).isZero();
        }
        assertThat(QUOTES).anySatisfy(q -> assertThat(q.text()).startsWith("'outside forces' may"));
    }
}
