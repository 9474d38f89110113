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
import org.storyline.embed.SentenceEmbedder;
import org.storyline.enrich.analysis.ArticleNotes;
import org.storyline.model.RawDocument;
import org.storyline.model.StoredArticle;
import org.storyline.store.ArticleStore;
import org.storyline.store.SqliteArticleStore;
import org.storyline.text.StableHash;

class PipelineTest {

    private static final Instant CAPTURED = Instant.parse("2025-07-04T12:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aPipelineSeesWhatAnotherProcessStoredMeanwhile() throws IOException {
        ArticleStore store = SqliteArticleStore.open(dir);
        Pipeline serving = Pipeline.open(store);      // a long-running serve, opened on an empty store
        Pipeline cli = Pipeline.open(store);          // a CLI ingest in another process
        cli.ingest(dump("001_cdf990397cf0dbf9.txt"), "h1");
        String wire = "Wire Service\n03-07-2025\n- Politics\n- Wire Service\n" + apStory();
        serving.ingest(new RawDocument("wire.txt", RawDocument.Format.TEXT_DUMP, wire, CAPTURED, false), "h2");
        StoredArticle republished = store.articlesOfOutlet("Wire Service", 10).get(0);
        assertThat(republished.isCopy()).as("recognised as a copy of the AP story the other process stored").isTrue();
    }

    @Test
    void ingestingTwiceEqualsIngestingOnce() throws IOException {
        ArticleStore store = SqliteArticleStore.open(dir);
        Pipeline pipeline = Pipeline.open(store);
        for (String seed : List.of("000_60c0dc753cd72808.txt", "001_cdf990397cf0dbf9.txt", "004_1bf4521e95fd75c3.txt")) {
            RawDocument document = dump(seed);
            String hash = StableHash.sha256Hex(document.content().getBytes(StandardCharsets.UTF_8));
            assertThat(pipeline.ingest(document, hash).status()).isEqualTo(DocumentOutcome.Status.INGESTED);
            assertThat(pipeline.ingest(document, hash).status()).isEqualTo(DocumentOutcome.Status.UNCHANGED);
        }
        ArticleStore.Counts once = store.counts();
        Pipeline.open(store).ingest(dump("001_cdf990397cf0dbf9.txt"), "another hash, same page");
        assertThat(store.counts().articles()).isEqualTo(once.articles());
        assertThat(store.counts().stories()).isEqualTo(once.stories());
    }

    @Test
    void withEmbeddingsTheSeedsFormTheirStoriesAndARestartKeepsPlacingArticles() throws IOException {
        ArticleStore store = SqliteArticleStore.open(dir);
        SentenceEmbedder embedder = new SentenceEmbedder();
        Pipeline pipeline = Pipeline.open(store, null, embedder);
        for (String seed : List.of("000_60c0dc753cd72808.txt", "001_cdf990397cf0dbf9.txt", "002_8cb8ee6d2ea8524c.txt")) {
            pipeline.ingest(dump(seed), seed);
        }
        Pipeline restarted = Pipeline.open(store, null, embedder); // clusterer rebuilt from stored vectors
        for (String seed : List.of("003_f68028b4200ec6dd.txt", "004_1bf4521e95fd75c3.txt")) {
            restarted.ingest(dump(seed), seed);
        }
        assertThat(store.vector(store.articlesOfOutlet("DW", 1).get(0).id())).isPresent();
        String rift = store.articlesOfOutlet("DW", 1).get(0).storyId();
        assertThat(store.articleIdsOfStory(rift)).hasSize(10);
        String call = store.articlesOfOutlet("The Hill", 1).get(0).storyId();
        assertThat(store.articlesOfOutlet("Newsweek", 1).get(0).storyId()).isEqualTo(call).isNotEqualTo(rift);
        assertThat(store.counts().stories()).isEqualTo(4);
    }

    /**
     * Every original keeps its embedding, a fuller copy that took the lead of its group too: search, related articles
     * and a re-index read the lead's vector from the store (among the seed inputs a wire story's fuller copy arrives
     * after the first copy was placed).
     */
    @Test
    void aCopyThatTakesTheLeadKeepsItsEmbedding() {
        ArticleStore store = SqliteArticleStore.open(dir);
        try (Batch batch = Pipeline.open(store, null, new SentenceEmbedder()).batch(1, outcome -> { })) {
            SeedInputs.all().forEach(input -> batch.submit(() -> input));
        }
        List<StoredArticle> all = new java.util.ArrayList<>();
        store.forEachArticle(all::add);
        List<StoredArticle> originals = all.stream().filter(a -> !a.isCopy()).toList();
        assertThat(all).as("the seeds hold copies").hasSizeGreaterThan(originals.size());
        assertThat(originals).allSatisfy(a -> assertThat(store.vector(a.id())).as(a.id()).isPresent());
    }

    /**
     * Pages show what the pipeline noted at ingest, never less than they would work out on a request: every article,
     * copies and non-English ones included, has a note of the current format equal to the note made from it now.
     */
    @Test
    void everyArticleIsNotedAtIngestAsAPageWouldNoteIt() throws IOException {
        ArticleStore store = SqliteArticleStore.open(dir);
        Pipeline pipeline = Pipeline.open(store);
        for (String seed : List.of("000_60c0dc753cd72808.txt", "001_cdf990397cf0dbf9.txt", "002_8cb8ee6d2ea8524c.txt",
                "003_f68028b4200ec6dd.txt", "004_1bf4521e95fd75c3.txt")) {
            pipeline.ingest(dump(seed), seed);
        }
        List<StoredArticle> all = new java.util.ArrayList<>();
        store.forEachArticle(all::add);
        ArticleNotes notes = new ArticleNotes();
        var stored = store.notes(all.stream().map(StoredArticle::id).toList(), ArticleNotes.FORMAT);
        assertThat(stored).hasSize(all.size());
        all.forEach(a -> assertThat(stored.get(a.id())).as(a.id()).isEqualTo(notes.of(a.article())));
        assertThat(stored.values()).anySatisfy(n -> assertThat(n.genre()).isNotEqualTo("NEWS"))
                .allSatisfy(n -> assertThat(n.summary()).isNotBlank());
    }

    /**
     * Processes share one store: what a CLI ingest stores beside a running serve (which holds the search index)
     * reaches serve's search through the change feed, and an index reopened later takes only what it missed.
     */
    @Test
    void anIngestBesideAServeReachesItsSearchAndAReopenedIndexTakesOnlyWhatItMissed() throws IOException {
        ArticleStore store = SqliteArticleStore.open(dir);
        org.storyline.index.LuceneArticleIndex index = org.storyline.index.LuceneArticleIndex.open(dir.resolve("index"));
        Pipeline serve = Pipeline.open(store, index);
        serve.ingest(dump("002_8cb8ee6d2ea8524c.txt"), "a");
        serve.flush();
        assertThat(index.watermark()).isEqualTo(store.lastChange());

        Pipeline cli = Pipeline.open(store); // another process: the index is serve's
        cli.ingest(dump("004_1bf4521e95fd75c3.txt"), "b");
        cli.flush();
        assertThat(index.search("Newsweek Putin call", 10).orElseThrow()).isEmpty();
        serve.catchUp();
        assertThat(index.search("Putin", 10).orElseThrow()).isNotEmpty();
        assertThat(index.watermark()).isEqualTo(store.lastChange());
        assertThat(index.size()).isEqualTo(store.counts().articles());

        long before = index.watermark();
        index.close();
        cli.ingest(dump("003_f68028b4200ec6dd.txt"), "c");
        org.storyline.index.LuceneArticleIndex reopened = org.storyline.index.LuceneArticleIndex.open(dir.resolve("index"));
        Pipeline.open(store, reopened);
        assertThat(reopened.watermark()).isGreaterThan(before).isEqualTo(store.lastChange());
        assertThat(reopened.size()).isEqualTo(store.counts().articles());
        reopened.close();
    }

    private static String apStory() throws IOException {
        String listing = seed("001_cdf990397cf0dbf9.txt");
        int start = listing.indexOf("Azerbaijan detains 7 linked");
        int end = listing.indexOf("\n\n\nWinnipeg Free Press");
        return listing.substring(start, end);
    }

    private static RawDocument dump(String name) throws IOException {
        return new RawDocument(name, RawDocument.Format.TEXT_DUMP, seed(name), CAPTURED, false);
    }

    private static String seed(String name) throws IOException {
        try (InputStream in = PipelineTest.class.getResourceAsStream("/seeds/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
