package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.index.SearchHit;
import org.storyline.index.opensearch.OpenSearchArticleIndex;
import org.storyline.index.opensearch.OpenSearchConfig;
import org.storyline.index.opensearch.OpenSearchProcess;
import org.storyline.queue.kafka.KafkaBroker;
import org.storyline.queue.kafka.KafkaDocumentQueue;
import org.storyline.queue.kafka.KafkaQueueSettings;
import org.storyline.source.MadeUpDocuments;
import org.storyline.source.ReadResult;
import org.storyline.store.postgres.PostgresCluster;

/**
 * The distributed path end to end, with real servers: two {@code storyline worker} processes on one settings file
 * (PostgreSQL store, Kafka queue, OpenSearch index), documents published to the queue while they run, one worker
 * killed with SIGKILL mid-stream and started again. Afterwards every document is stored once, indexed once and
 * placed in exactly one story, counted against the input.
 */
class ClusterWorkersTest {

    private static final int DOCUMENTS = 40;
    private static final String INDEX = "cluster-articles";

    @TempDir
    Path dir;

    private KafkaBroker broker;
    private OpenSearchProcess search;
    private String storeUrl;
    private final List<Process> workers = new ArrayList<>();

    @BeforeEach
    void startServers() {
        storeUrl = PostgresCluster.shared().newDatabase();
        broker = KafkaBroker.start();
        search = OpenSearchProcess.start("cluster-workers",
                OpenSearchProcess.builtClasspath(Path.of(System.getProperty("storyline.opensearch.module"))));
    }

    @AfterEach
    void stopServers() {
        workers.forEach(Process::destroyForcibly);
        broker.close();
        search.close();
    }

    @Test
    void aWorkerKilledMidStreamAndRestartedLeavesEveryDocumentStoredIndexedAndPlacedOnce() throws Exception {
        Path config = settings();
        Process first = worker(config, "a");
        worker(config, "b");
        List<ReadResult> input = IntStream.range(0, DOCUMENTS).mapToObj(MadeUpDocuments::document).toList();
        Thread publishing = Thread.ofPlatform().start(() -> publish(input));

        int storedAtKill;
        try {
            storedAtKill = awaitStored(DOCUMENTS / 4);
        } finally {
            first.destroyForcibly(); // SIGKILL: no shutdown hook, no offset commit, no leaving the group
            first.waitFor();
        }
        assertThat(storedAtKill).as("the kill came while documents were still being applied").isLessThan(DOCUMENTS);
        worker(config, "a"); // the same worker again, on the same settings and data folder
        publishing.join();

        try (OpenSearchArticleIndex index = OpenSearchArticleIndex.open(OpenSearchConfig.of(search.endpoint(), INDEX))) {
            for (int round = 0; round < 1200 && (count("SELECT COUNT(*) FROM documents") < DOCUMENTS
                    || index.size() < DOCUMENTS); round++) {
                Thread.sleep(250); // a worker commits the index every 5 s
            }
            stopWorkers();

            assertThat(rows("SELECT content_hash FROM documents")).as("every input stored, nothing else")
                    .isEqualTo(input.stream().map(r -> ((ReadResult.Read) r).contentHash())
                            .collect(Collectors.toCollection(TreeSet::new)));
            Set<String> articles = rows("SELECT id FROM articles");
            assertThat(articles).hasSize(DOCUMENTS);
            assertThat(rows("SELECT subject FROM changes WHERE kind = 'article'")).as("each article applied once")
                    .hasSize(DOCUMENTS);
            assertThat(count("SELECT COUNT(*) FROM changes WHERE kind = 'article'")).isEqualTo(DOCUMENTS);

            assertThat(index.size()).as("indexed once").isEqualTo(DOCUMENTS);
            assertThat(index.search("district", 2 * DOCUMENTS).orElseThrow()).extracting(SearchHit::articleId)
                    .as("the indexed articles are the stored ones").containsExactlyInAnyOrderElementsOf(articles);

            assertThat(count("SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = a.story_id)"))
                    .as("every article in a story").isZero();
            assertThat(count("SELECT COALESCE(SUM(article_count), 0) FROM stories")).as("and in one only")
                    .isEqualTo(DOCUMENTS);
            assertThat(count("""
                    SELECT COUNT(*) FROM stories s WHERE s.article_count <>
                      (SELECT COUNT(*) FROM articles a WHERE a.story_id = s.id)""")).isZero();
        }
    }

    private Path settings() throws IOException {
        Path file = dir.resolve("cluster.properties");
        Files.writeString(file, String.join("\n",
                "store.kind=postgresql", "store.url=" + storeUrl, "store.user=" + PostgresCluster.shared().user(),
                "index.kind=opensearch", "index.url=" + search.endpoint(), "index.name=" + INDEX,
                "queue.kind=kafka", "queue.bootstrap=" + broker.bootstrapServers(), "queue.topic=documents",
                "queue.group=workers", "poll.enabled=false", "demo.enabled=false", ""), StandardCharsets.UTF_8);
        return file;
    }

    /** Starts {@code storyline worker} with its own data folder (a machine of its own) and waits until it runs. */
    private Process worker(Path config, String name) throws IOException, InterruptedException {
        Path log = dir.resolve("worker-" + name + "-" + workers.size() + ".log");
        Process p = Fixtures.storylineProcess(List.of("-Xmx512m"), "worker", "--config", config.toString(),
                        "--data", dir.resolve("data-" + name).toString(), "--threads", "1")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        workers.add(p);
        for (int round = 0; round < 1200 && p.isAlive() && !Files.readString(log).contains("Storyline worker: running");
                round++) {
            Thread.sleep(100);
        }
        assertThat(p.isAlive()).as("worker %s runs: %s", name, Files.readString(log)).isTrue();
        return p;
    }

    /** Publishes the documents as a stream (a few a second), so a kill lands while workers are applying. */
    private void publish(List<ReadResult> input) {
        try (KafkaDocumentQueue queue = KafkaDocumentQueue.open(KafkaQueueSettings.of(broker.bootstrapServers(),
                "documents", "workers"))) {
            for (ReadResult document : input) {
                queue.publish(document);
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private int awaitStored(int atLeast) throws Exception {
        for (int round = 0; round < 2400; round++) {
            int stored = count("SELECT COUNT(*) FROM documents");
            if (stored >= atLeast) {
                return stored;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the workers stored fewer than " + atLeast + " documents; logs in " + dir);
    }

    /** SIGTERM: each worker applies what it took, acknowledges it and leaves the group. */
    private void stopWorkers() throws InterruptedException {
        for (Process p : workers) {
            p.destroy();
        }
        for (Process p : workers) {
            p.waitFor(120, TimeUnit.SECONDS);
        }
    }

    private int count(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        }
    }

    private Set<String> rows(String sql) throws SQLException {
        Set<String> rows = new TreeSet<>();
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                rows.add(r.getString(1));
            }
        }
        return rows;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(storeUrl, PostgresCluster.shared().user(), "");
    }
}
