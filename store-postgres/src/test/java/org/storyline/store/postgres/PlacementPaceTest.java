package org.storyline.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.pipeline.Batch;
import org.storyline.source.MadeUpDocuments;
import org.storyline.pipeline.Pipeline;
import org.storyline.store.ArticleStore;
import org.storyline.store.PlacementPace;

/** Workers on one database see what the others hold, leave when they close, and are left out when silent. */
class PlacementPaceTest {

    @TempDir
    Path dir;

    @Test
    void eachWorkerSeesTheOldestTheOthersHoldNotItsOwn() {
        String url = PostgresCluster.shared().newDatabase();
        try (ArticleStore one = open(url); ArticleStore two = open(url);
             PlacementPace a = one.pace("a"); PlacementPace b = two.pace("b"); PlacementPace c = two.pace("c")) {
            assertThat(a.othersOldest()).isEqualTo(PlacementPace.NOTHING);
            a.holding(1_000);
            b.holding(2_000);
            c.holding(PlacementPace.NOTHING);
            assertThat(a.othersOldest()).isEqualTo(2_000);
            assertThat(b.othersOldest()).isEqualTo(1_000);
            assertThat(c.othersOldest()).isEqualTo(1_000);

            a.holding(3_000); // a applied its old document
            assertThat(b.othersOldest()).isEqualTo(3_000);
            a.close();        // a left
            assertThat(b.othersOldest()).isEqualTo(PlacementPace.NOTHING);
            assertThat(c.othersOldest()).isEqualTo(2_000);
        }
    }

    @Test
    void aWorkerNotHeardFromForAWhileIsLeftOut() {
        String url = PostgresCluster.shared().newDatabase();
        try (ArticleStore store = open(url); PlacementPace a = store.pace("a"); PlacementPace b = store.pace("b")) {
            a.holding(1_000);
            run(url, "UPDATE placement_pace SET seen_at = clock_timestamp() - interval '1 minute' WHERE worker = 'a'");
            assertThat(b.othersOldest()).isEqualTo(PlacementPace.NOTHING);
            a.holding(1_500); // heard from again
            assertThat(b.othersOldest()).isEqualTo(1_500);
        }
    }

    @Test
    void aWriterWaitsWhileAnotherWorkerHoldsAnOlderDocumentAndGoesOnWhenItIsApplied() throws Exception {
        String url = PostgresCluster.shared().newDatabase();
        try (ArticleStore store = open(url); ArticleStore elsewhere = open(url); PlacementPace other = elsewhere.pace("other")) {
            other.holding(0); // another worker holds a document published at the epoch, older than any here
            Batch batch = Pipeline.open(store).batch(1, outcome -> { });
            for (int i = 0; i < 5; i++) {
                int n = i;
                batch.submit(() -> MadeUpDocuments.document(n));
            }
            Thread.sleep(1_500);
            assertThat(store.counts().articles()).as("nothing applied while another worker holds an older one").isZero();

            other.holding(PlacementPace.NOTHING); // it applied its document
            batch.close();
            assertThat(store.counts().articles()).isEqualTo(5);
        }
    }

    /** Runs SQL on the store's database, as another client of it would. */
    private static void run(String url, String sql) {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, PostgresCluster.shared().user(), "");
             java.sql.Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private ArticleStore open(String url) {
        return PostgresArticleStore.open(PostgresSettings.of(url, PostgresCluster.shared().user(), ""), dir);
    }
}
