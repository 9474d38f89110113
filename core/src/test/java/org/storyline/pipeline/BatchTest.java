package org.storyline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.RawDocument;
import org.storyline.source.ReadResult;
import org.storyline.source.SourceFailure;
import org.storyline.store.ArticleStore;
import org.storyline.store.SqliteArticleStore;

/**
 * Both cores: a batch prepares documents on several threads and stores them in input order, so what it stores
 * is exactly what one thread storing the documents in turn stores.
 */
class BatchTest {

    private static final Instant CAPTURED = SeedInputs.CAPTURED;

    @TempDir
    Path dir;

    @Test
    void fourWorkersStoreExactlyWhatOneThreadStores() throws IOException {
        List<ReadResult> inputs = SeedInputs.all();

        ArticleStore alone = SqliteArticleStore.open(dir.resolve("alone"));
        Pipeline one = Pipeline.open(alone);
        List<DocumentOutcome> inTurn = new ArrayList<>();
        for (ReadResult input : inputs) {
            inTurn.add(switch (input) {
                case ReadResult.Read r -> one.ingest(r.document(), r.contentHash());
                case ReadResult.Failed f -> one.reject(f.failure());
            });
        }

        ArticleStore parallel = SqliteArticleStore.open(dir.resolve("parallel"));
        List<DocumentOutcome> batched = new ArrayList<>();
        try (Batch batch = Pipeline.open(parallel).batch(4, batched::add)) {
            inputs.forEach(input -> batch.submit(slowly(input)));
        }

        assertThat(batched).isEqualTo(inTurn);
        assertThat(SeedInputs.snapshot(parallel)).isEqualTo(SeedInputs.snapshot(alone)).isNotEmpty();
        assertThat(parallel.counts()).isEqualTo(alone.counts());
        assertThat(parallel.counts().duplicates()).isPositive();
        assertThat(parallel.counts().stories()).isGreaterThan(1);
    }

    @Test
    void aDocumentSeenBeforeIsRecognisedAndABadReadIsRecordedWhileTheBatchGoesOn() throws IOException {
        ArticleStore store = SqliteArticleStore.open(dir);
        RawDocument page = SeedInputs.dump("002_8cb8ee6d2ea8524c.txt");
        List<DocumentOutcome> outcomes = new ArrayList<>();
        try (Batch batch = Pipeline.open(store).batch(2, outcomes::add)) {
            batch.submit(() -> SeedInputs.read(page));
            batch.submit(() -> new ReadResult.Failed(new SourceFailure("broken.txt", "not UTF-8")));
            batch.submit(() -> SeedInputs.read(page));
        }
        assertThat(outcomes).extracting(DocumentOutcome::status).containsExactly(DocumentOutcome.Status.INGESTED,
                DocumentOutcome.Status.FAILED, DocumentOutcome.Status.UNCHANGED);
        assertThat(store.problems(10)).singleElement().satisfies(p -> assertThat(p.reason()).isEqualTo("not UTF-8"));
    }

    @Test
    void aReaderThatThrowsReachesTheCallerAndWhatWasSubmittedBeforeIsStillStored() throws IOException {
        ArticleStore store = SqliteArticleStore.open(dir);
        List<DocumentOutcome> outcomes = new ArrayList<>();
        Batch batch = Pipeline.open(store).batch(2, outcomes::add);
        ReadResult page = SeedInputs.read(SeedInputs.dump("002_8cb8ee6d2ea8524c.txt"));
        batch.submit(() -> page);
        assertThatThrownBy(() -> batch.submit(() -> {
            throw new IllegalStateException("disk gone");
        })).hasMessageContaining("disk gone");
        batch.close();
        assertThat(outcomes).singleElement().extracting(DocumentOutcome::status)
                .isEqualTo(DocumentOutcome.Status.INGESTED);
        assertThat(store.counts().documents()).isEqualTo(1);
    }

    @Test
    void aStoreThatFailsStopsTheBatchWithItsCauseAndNothingHalfWritten() throws IOException {
        ArticleStore store = SqliteArticleStore.open(dir);
        List<DocumentOutcome> outcomes = new ArrayList<>();
        Pipeline pipeline = Pipeline.open(store);
        Batch batch = pipeline.batch(2, outcomes::add);
        ReadResult page = SeedInputs.read(SeedInputs.dump("002_8cb8ee6d2ea8524c.txt"));
        batch.submit(() -> page);
        store.close(); // the store goes away under the batch (a disk unmounted)
        assertThatThrownBy(() -> {
            for (int i = 0; i < 500; i++) {
                ReadResult other = SeedInputs.read(new RawDocument("x" + i + ".txt", RawDocument.Format.TEXT_DUMP, "x " + i,
                        CAPTURED, false));
                batch.submit(() -> other);
            }
            batch.close();
        }).isInstanceOf(RuntimeException.class);
        assertThat(outcomes.stream().filter(o -> o.status() == DocumentOutcome.Status.INGESTED).count())
                .isLessThanOrEqualTo(1);
    }

    /** Later inputs finish preparing first, so the writer must wait for order. */
    private static Supplier<ReadResult> slowly(ReadResult input) {
        return () -> {
            try {
                Thread.sleep(Math.floorMod(input.hashCode(), 7));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return input;
        };
    }
}
