package org.storyline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.storyline.index.LuceneArticleIndex;
import org.storyline.index.SearchFilters;
import org.storyline.source.ReadResult;
import org.storyline.store.ArticleStore;
import org.storyline.store.SqliteArticleStore;

/**
 * kill -9 at each point of the pipeline ({@link KillPointChild.Point}): a real process ingesting into a real store
 * and index is stopped there and killed with SIGKILL; the same ingest run again must then end exactly where an
 * uninterrupted run ends: every document stored once, every article once with the same story and copy links,
 * the index holding each article once and caught up with the store, every story's analysis stored and current.
 */
class KillAtEachStageTest {

    @TempDir
    static Path shared;

    private static List<String> uninterrupted;

    @TempDir
    Path dir;

    @BeforeAll
    static void runOnceWithoutAKill() {
        Path data = shared.resolve("reference");
        try (ArticleStore store = SqliteArticleStore.open(data);
             LuceneArticleIndex index = LuceneArticleIndex.open(data.resolve("index"))) {
            ingest(store, index);
            uninterrupted = SeedInputs.snapshot(store);
        }
    }

    @ParameterizedTest
    @EnumSource(KillPointChild.Point.class)
    void aKillAtThisPointLosesNothingAndStoresNothingTwice(KillPointChild.Point point) throws Exception {
        Path data = dir.resolve("data");
        killAt(point, data);

        try (ArticleStore store = SqliteArticleStore.open(data);
             LuceneArticleIndex index = LuceneArticleIndex.open(data.resolve("index"))) {
            List<DocumentOutcome> rerun = ingest(store, index);
            assertThat(SeedInputs.snapshot(store)).as("what the rerun leaves, against an uninterrupted run")
                    .isEqualTo(uninterrupted);
            long documents = SeedInputs.all().stream().filter(r -> r instanceof ReadResult.Read)
                    .map(r -> ((ReadResult.Read) r).contentHash()).distinct().count();
            assertThat(store.counts().documents()).as("each document stored once").isEqualTo((int) documents);
            assertThat(index.size()).as("each article indexed once").isEqualTo(store.counts().articles());
            assertThat(index.watermark()).as("the index caught up with the store").isEqualTo(store.lastChange());
            assertThat(index.search("", null, SearchFilters.NONE, 1000, 0).matched())
                    .as("each duplicate group listed once").isEqualTo(store.counts().articles() - store.counts().duplicates());
            assertThat(store.analyses().stale(StoryAnalyses.FORMAT, 1000))
                    .as("every story's analysis stored and current").isEmpty();
            assertThat(rerun).isNotEmpty();
        }
    }

    /** Starts the child, waits until it reports the point, then SIGKILLs it. */
    private static void killAt(KillPointChild.Point point, Path data) throws IOException, InterruptedException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "--enable-native-access=ALL-UNNAMED", "-cp", classpath,
                KillPointChild.class.getName(), data.toString(), point.name())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> said = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                said.add(line);
                if (line.equals("AT " + point)) {
                    child.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback, no index close
                    break;
                }
            }
        }
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(said).as("the child must reach the point before it is killed").contains("AT " + point);
    }

    private static List<DocumentOutcome> ingest(ArticleStore store, LuceneArticleIndex index) {
        List<DocumentOutcome> outcomes = new ArrayList<>();
        try (Batch batch = Pipeline.open(store, index).batch(2, outcomes::add)) {
            SeedInputs.all().forEach(input -> batch.submit(() -> input));
        }
        return outcomes;
    }
}
