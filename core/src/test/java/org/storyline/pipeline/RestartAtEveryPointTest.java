package org.storyline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.source.ReadResult;
import org.storyline.store.ArticleStore;
import org.storyline.store.SqliteArticleStore;

/**
 * A restart (or a rolled-back write, which rebuilds the same way) at any point of an ingest leaves what an
 * uninterrupted run leaves: the clusterer rebuilt from the store decides the remaining articles as the live one
 * would. Among the seed inputs a wire story's fuller copy arrives after the first copy was placed and takes the
 * lead of its group; a rebuild that replayed the lead instead of the member placed first put a later article
 * in another story.
 */
class RestartAtEveryPointTest {

    @TempDir
    Path dir;

    @Test
    void aRestartAfterAnyPrefixOfTheInputsLeavesWhatAnUninterruptedRunLeaves() {
        List<ReadResult> inputs = SeedInputs.all();
        List<String> uninterrupted;
        try (ArticleStore store = SqliteArticleStore.open(dir.resolve("whole"))) {
            run(store, inputs);
            uninterrupted = SeedInputs.snapshot(store);
        }
        for (int k = 1; k < inputs.size(); k++) {
            try (ArticleStore store = SqliteArticleStore.open(dir.resolve("restart-after-" + k))) {
                run(store, inputs.subList(0, k));
                run(store, inputs.subList(k, inputs.size()));
                assertThat(SeedInputs.snapshot(store)).as("restarted after %d of %d inputs", k, inputs.size())
                        .isEqualTo(uninterrupted);
            }
        }
    }

    /** One pipeline (a process) over these inputs, as `storyline ingest` runs it. */
    private static void run(ArticleStore store, List<ReadResult> inputs) {
        try (Batch batch = Pipeline.open(store).batch(1, outcome -> { })) {
            inputs.forEach(input -> batch.submit(() -> input));
        }
    }
}
