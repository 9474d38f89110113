package org.storyline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.embed.PassageEmbedder;
import org.storyline.embed.SentenceEmbedder;
import org.storyline.index.LuceneArticleIndex;
import org.storyline.index.SearchFilters;
import org.storyline.index.SearchHit;
import org.storyline.index.SearchResults;
import org.storyline.model.Passage;
import org.storyline.model.StoredArticle;
import org.storyline.store.ArticleStore;
import org.storyline.store.SqliteArticleStore;

/**
 * The deferred passage stage on a real store, index and model, over the five seed pages (the demo corpus): a
 * paraphrase no headline or lead says ("plane shot down") finds the articles about the Azerbaijani airliner once
 * the passages are in; and a process killed with SIGKILL between storing passages and committing the index is
 * resumed by the next one, which neither loses nor redoes what was stored.
 */
class PassageStageTest {

    private static final SentenceEmbedder EMBEDDER = new SentenceEmbedder();
    private static final String PARAPHRASE = "plane shot down";
    /** The DW explainer: "an Azerbaijani plane carrying 62 passengers and five crew was hit by a Russian ..." */
    private static final String CRASH_ARTICLE = "Russia: Is Moscow losing Azerbaijan as an ally?";

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    @BeforeAll
    static void ingestOnce() {
        ingest(shared.resolve("seeds"));
    }

    @Test
    void aParaphraseFindsTheCrashArticleOnceItsPassagesAreIn() {
        Path data = shared.resolve("seeds");
        try (ArticleStore store = SqliteArticleStore.open(data);
             LuceneArticleIndex index = LuceneArticleIndex.open(data.resolve("index"))) {
            Pipeline pipeline = Pipeline.open(store, index, EMBEDDER);
            assertThat(search(index).hits()).as("headline and lead alone: nothing").isEmpty();

            PassageStage stage = new PassageStage(store, pipeline, new PassageEmbedder(EMBEDDER));
            int stored = 0;
            for (int n = stage.run(4); n > 0; n = stage.run(4)) {
                stored += n;
            }
            assertThat(stored).as("every original, copies left out").isEqualTo(originals(store).size());

            SearchResults found = search(index);
            List<String> titles = found.hits().stream()
                    .map(h -> store.article(h.articleId()).orElseThrow().article().title()).toList();
            assertThat(titles).contains(CRASH_ARTICLE).doesNotHaveDuplicates();
            assertThat(found.hits()).extracting(SearchHit::articleId).doesNotHaveDuplicates();
            SearchHit crash = found.hits().get(titles.indexOf(CRASH_ARTICLE));
            assertThat(crash.snippet()).as("the snippet is the passage that matched").contains("plane");
            assertThat(stage.run(4)).as("nothing left to do").isZero();
        }
    }

    @Test
    void aKilledStageResumesWithoutLosingOrRedoingWork() throws Exception {
        Path data = dir.resolve("data");
        ingest(data);
        killAtTheSecondCommit(data);

        try (ArticleStore store = SqliteArticleStore.open(data);
             LuceneArticleIndex index = LuceneArticleIndex.open(data.resolve("index"))) {
            List<StoredArticle> originals = originals(store);
            int before = store.passages(ids(originals)).size();
            assertThat(before).as("what the killed process stored survives").isGreaterThanOrEqualTo(2);

            Pipeline pipeline = Pipeline.open(store, index, EMBEDDER);
            PassageStage stage = new PassageStage(store, pipeline, new PassageEmbedder(EMBEDDER));
            int resumed = 0;
            for (int n = stage.run(4); n > 0; n = stage.run(4)) {
                resumed += n;
            }
            assertThat(resumed).as("only what was not stored is done").isEqualTo(originals.size() - before);
            assertThat(index.watermark()).isEqualTo(store.lastChange());

            Map<String, byte[]> passages = store.passages(ids(originals));
            assertThat(passages).hasSize(originals.size());
            for (StoredArticle a : originals) {
                List<Passage> own = PassageEmbedder.fromBytes(passages.get(a.id()));
                assertThat(own).as(a.id()).isNotEmpty();
                SearchResults near = index.search(null, own.get(own.size() - 1).vector(), SearchFilters.NONE, 3, 0);
                assertThat(near.hits()).as("the index holds the passages of " + a.id())
                        .extracting(SearchHit::articleId).first().isEqualTo(a.id());
            }
        }
    }

    private static SearchResults search(LuceneArticleIndex index) {
        return index.search(PARAPHRASE, EMBEDDER.embed(null, PARAPHRASE), SearchFilters.NONE, 10, 0);
    }

    private static void ingest(Path data) {
        try (ArticleStore store = SqliteArticleStore.open(data);
             LuceneArticleIndex index = LuceneArticleIndex.open(data.resolve("index"));
             Batch batch = Pipeline.open(store, index, EMBEDDER).batch(1, outcome -> { })) {
            for (String name : List.of("000_60c0dc753cd72808.txt", "001_cdf990397cf0dbf9.txt",
                    "002_8cb8ee6d2ea8524c.txt", "003_f68028b4200ec6dd.txt", "004_1bf4521e95fd75c3.txt")) {
                batch.submit(() -> SeedInputs.read(SeedInputs.dump(name)));
            }
        }
    }

    private static List<StoredArticle> originals(ArticleStore store) {
        List<StoredArticle> out = new ArrayList<>();
        store.forEachArticle(a -> {
            if (!a.isCopy()) {
                out.add(a);
            }
        });
        return out;
    }

    private static List<String> ids(List<StoredArticle> articles) {
        return articles.stream().map(StoredArticle::id).toList();
    }

    private static void killAtTheSecondCommit(Path data) throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "--enable-native-access=ALL-UNNAMED", "-cp", classpath,
                PassageStageChild.class.getName(), data.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> said = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                said.add(line);
                if (line.equals("AT COMMIT")) {
                    child.destroyForcibly(); // SIGKILL: no shutdown hook, no index close
                    break;
                }
            }
        }
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(said).as("the child must reach the commit before it is killed").contains("AT COMMIT");
    }
}
