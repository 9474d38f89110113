package org.storyline.enrich.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.enrich.outlet.OutletRegistry;
import org.storyline.enrich.timeline.SeedCorpus;
import org.storyline.model.Article;
import org.storyline.model.StoredArticle;

class ArticleReadingsTest {

    private static List<StoredArticle> rift() {
        return SeedCorpus.read().rift().stream().map(i -> new StoredArticle(new Article(i.id(), i.id(), null, null,
                i.published(), null, null, "en", List.of(), i.text(), "seed"), null, "rift")).toList();
    }

    @Test
    void aStoryAnalysedAgainReadsOnlyItsNewArticleAndAnalysesAsFromScratch() {
        List<StoredArticle> all = rift();
        StoryAnalyzer growing = new StoryAnalyzer(OutletRegistry.shipped());
        growing.analyze(all.subList(0, all.size() - 1));
        StoryAnalysis again = growing.analyze(all);

        assertThat(growing.readingCounts()).containsExactly(all.size() - 1, all.size());
        StoryAnalysis fresh = new StoryAnalyzer(OutletRegistry.shipped()).analyze(all);
        assertThat(again).isEqualTo(fresh);
    }

    @Test
    void anArticleWhoseTextChangedIsReadAgain() {
        List<StoredArticle> all = new ArrayList<>(rift());
        StoryAnalyzer analyzer = new StoryAnalyzer(OutletRegistry.shipped());
        analyzer.analyze(all);
        Article first = all.get(0).article();
        Article updated = new Article(first.id(), first.title(), first.outlet(), first.url(), first.published(),
                first.section(), first.author(), first.language(), first.hashtags(),
                first.text() + " Police said on Monday that 40 people had been detained.", first.origin());
        all.set(0, new StoredArticle(updated, null, "rift"));
        StoryAnalysis analysis = analyzer.analyze(all);

        assertThat(analyzer.readingCounts()[1]).isEqualTo(all.size() + 1);
        assertThat(analysis.claims().stream().flatMap(g -> g.values().stream()))
                .anySatisfy(v -> assertThat(v.articleIds()).contains(first.id()));
    }

    @Test
    void memoryIsBoundedLeastRecentlyUsedFirst() {
        ArticleReadings readings = new ArticleReadings(2);
        List<StoredArticle> all = rift();
        ArticleReadings.Reading empty = new ArticleReadings.Reading(List.of(), java.util.Optional.empty(), List.of(),
                List.of(), java.util.Optional.empty());
        readings.of(all.get(0), a -> empty);
        readings.of(all.get(1), a -> empty);
        readings.of(all.get(0), a -> empty); // 0 is now the most recent
        readings.of(all.get(2), a -> empty); // 1 goes
        readings.of(all.get(0), a -> empty);
        readings.of(all.get(1), a -> empty);
        assertThat(readings.counts()).containsExactly(2, 4);
    }
}
