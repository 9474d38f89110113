package org.storyline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.enrich.analysis.StoryAnalysis;
import org.storyline.enrich.analysis.StoryAnalyzer;
import org.storyline.enrich.outlet.OutletRegistry;
import org.storyline.model.RawDocument;
import org.storyline.model.Story;
import org.storyline.store.ArticleStore;
import org.storyline.store.SqliteArticleStore;

/** Story analyses are computed when stories change, stored with the story's version and served from the store. */
class StoryAnalysesTest {

    private static final Instant CAPTURED = Instant.parse("2025-07-04T12:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aFlushStoresEveryTouchedStorysAnalysisAndWhatIsServedIsWhatTheAnalyserSays() throws IOException {
        ArticleStore store = SqliteArticleStore.open(dir);
        Pipeline pipeline = Pipeline.open(store);
        for (String seed : List.of("000_60c0dc753cd72808.txt", "002_8cb8ee6d2ea8524c.txt", "004_1bf4521e95fd75c3.txt")) {
            pipeline.ingest(dump(seed), seed);
        }
        assertThat(store.analyses().stale(StoryAnalyses.FORMAT, 100)).isNotEmpty();
        pipeline.flush();
        assertThat(store.analyses().stale(StoryAnalyses.FORMAT, 100)).isEmpty();

        StoryAnalyses analyses = new StoryAnalyses(store);
        StoryAnalyzer analyzer = new StoryAnalyzer(OutletRegistry.load(store.directory()));
        for (Story story : store.stories(100, 0)) {
            var articles = store.articlesOfStory(story.id());
            StoryAnalysis fresh = analyzer.analyze(articles,
                    QuoteFacts.of(store.entities().quotesOfStory(story.id()), articles));
            assertThat(analyses.of(story.id())).as(story.title()).contains(fresh);
        }
    }

    @Test
    void aChangedStoryIsStaleUntilRefreshedAndADamagedStoredAnalysisIsComputedAgain() throws IOException {
        ArticleStore store = SqliteArticleStore.open(dir);
        Pipeline pipeline = Pipeline.open(store);
        pipeline.ingest(dump("002_8cb8ee6d2ea8524c.txt"), "a");
        pipeline.flush();
        String story = store.stories(1, 0).get(0).id();
        StoryAnalysis before = new StoryAnalyses(store).of(story).orElseThrow();

        pipeline.ingest(dump("000_60c0dc753cd72808.txt"), "b"); // the same story grows
        List<String> stale = store.analyses().stale(StoryAnalyses.FORMAT, 100);
        assertThat(stale).contains(store.article(store.articlesOfStory(story).get(0).id()).orElseThrow().storyId());
        pipeline.flush();
        assertThat(store.analyses().stale(StoryAnalyses.FORMAT, 100)).isEmpty();

        String current = store.articlesOfStory(story).isEmpty() ? store.stories(1, 0).get(0).id() : story;
        long version = store.analyses().of(current).orElseThrow().storyVersion();
        assertThat(store.analyses().put(current, version - 1, StoryAnalyses.FORMAT, "{}"))
                .as("an analysis of an older version is not kept").isFalse();
        store.analyses().put(current, version, StoryAnalyses.FORMAT, "{not json");
        StoryAnalysis recomputed = new StoryAnalyses(store).of(current).orElseThrow();
        assertThat(recomputed.summary()).isNotEmpty();
        assertThat(store.analyses().of(current).orElseThrow().isCurrent(StoryAnalyses.FORMAT)).isTrue();
        assertThat(StoryAnalyses.decode(store.analyses().of(current).orElseThrow().body())).isEqualTo(recomputed);
        assertThat(before).isNotNull();
    }

    @Test
    void anUnknownStoryHasNoAnalysis() {
        assertThat(new StoryAnalyses(SqliteArticleStore.open(dir)).of("nope")).isEmpty();
    }

    private static RawDocument dump(String name) throws IOException {
        try (InputStream in = StoryAnalysesTest.class.getResourceAsStream("/seeds/" + name)) {
            return new RawDocument(name, RawDocument.Format.TEXT_DUMP,
                    new String(in.readAllBytes(), StandardCharsets.UTF_8), CAPTURED, false);
        }
    }
}
