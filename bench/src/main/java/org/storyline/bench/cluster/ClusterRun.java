package org.storyline.bench.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.storyline.model.RawDocument;
import org.storyline.queue.kafka.KafkaDocumentQueue;
import org.storyline.queue.kafka.KafkaQueueSettings;
import org.storyline.source.ReadResult;
import org.storyline.text.StableHash;

/**
 * A labelled set through the distributed path: N {@code storyline worker} processes (each its own JVM, 512 MB heap)
 * on the servers of a {@code cluster.properties}, with a new database, index, topic and group for the run (given to
 * the workers as environment overrides). The set's pages (the ones {@link ProductionRun} ingests) are published in
 * date order once every worker has joined; the run ends when the group has acknowledged every record. Each
 * article's story is then read from the database as {@link ProductionRun} reads it from SQLite.
 */
final class ClusterRun {

    /**
     * Predicted stories, speed, publish-to-stored latency (ms), bytes per stored article, and the articles' addresses
     * in the order the workers applied them (their {@code seq}).
     */
    record Result(List<String> predicted, double articlesPerSecond, long latencyP50, long latencyP95,
                  long postgresBytesPerArticle, long openSearchBytesPerArticle, double workerCpuMsPerArticle,
                  double decideAndWriteMs, List<String> appliedOrder) {
    }

    private final Path config;
    private final Properties settings = new Properties();
    private final HttpClient http = HttpClient.newHttpClient();

    ClusterRun(Path config) throws IOException {
        this.config = config;
        try (var in = Files.newBufferedReader(config)) {
            settings.load(in);
        }
    }

    Result run(LabelledArticles set, int workers) throws Exception {
        String name = ("bench_" + set.name() + "_" + workers + "_" + ProcessHandle.current().pid())
                .replaceAll("[^a-z0-9_]", "_").toLowerCase(java.util.Locale.ROOT);
        String admin = setting("store.url");
        String url = admin.substring(0, admin.lastIndexOf('/') + 1) + name;
        sql(admin, "CREATE DATABASE " + name);
        Path work = Files.createTempDirectory("cluster-run");
        String bootstrap = setting("queue.bootstrap");
        List<Process> started = new ArrayList<>();
        try (KafkaDocumentQueue queue = KafkaDocumentQueue.open(KafkaQueueSettings.of(bootstrap, name, name));
                GroupProgress group = new GroupProgress(bootstrap, name, name)) {
            Map<String, String> env = Map.of("STORYLINE_STORE_URL", url, "STORYLINE_INDEX_NAME", name.replace('_', '-'),
                    "STORYLINE_QUEUE_TOPIC", name, "STORYLINE_QUEUE_GROUP", name, "STORYLINE_POLL_ENABLED", "false",
                    "STORYLINE_DEMO_ENABLED", "false", "STORYLINE_JAVA_OPTS", "-Xmx512m");
            for (int i = 0; i < workers; i++) { // one at a time: the first makes the schema and the index
                started.add(WorkerProcesses.start(config, work.resolve("worker-" + i), env));
            }
            long empty = databaseSize(url);
            long cpuAtStart = WorkerProcesses.cpuMillis(started);
            while (group.members() < workers) {
                Thread.sleep(200);
            }
            Map<String, Long> publishedAt = new HashMap<>();
            Map<String, Long> storedAt = new ConcurrentHashMap<>();
            Thread watcher = Thread.ofPlatform().daemon().start(() -> watch(url, storedAt));
            long start = System.nanoTime();
            for (LabelledArticles.Item item : set.items()) {
                String html = ProductionRun.page(item);
                publishedAt.put(ProductionRun.url(item).toString(), System.nanoTime());
                queue.publish(new ReadResult.Read(new RawDocument("bench/" + item.id() + ".html",
                        RawDocument.Format.HTML, html, Instant.parse("2030-01-01T00:00:00Z"), true),
                        StableHash.sha256Hex(html.getBytes(StandardCharsets.UTF_8))));
            }
            while (group.lag() > 0) {
                Thread.sleep(250);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long cpu = WorkerProcesses.cpuMillis(started) - cpuAtStart;
            watcher.interrupt();
            WorkerProcesses.stop(started);
            double underLock = WorkerProcesses.stageMillis(java.util.stream.IntStream.range(0, workers)
                    .mapToObj(i -> work.resolve("worker-" + i).resolve("worker.log")).toList(), "decide_and_write");
            Map<String, String> stories = stories(url);
            List<String> predicted = set.items().stream().map(item -> stories.getOrDefault(
                    ProductionRun.url(item).toString(), "refused|" + item.id())).toList();
            List<Long> latencies = new ArrayList<>();
            storedAt.forEach((u, at) -> latencies.add((at - publishedAt.getOrDefault(u, at)) / 1_000_000));
            latencies.sort(null);
            int articles = Math.max(1, stories.size());
            long pg = (databaseSize(url) - empty) / articles;
            long os = indexBytes(name.replace('_', '-')) / articles;
            group.deleteTopic();
            return new Result(predicted, set.items().size() / seconds, percentile(latencies, 0.5),
                    percentile(latencies, 0.95), pg, os, (double) cpu / set.items().size(), underLock, appliedOrder(url));
        } finally {
            WorkerProcesses.stop(started);
            sql(admin, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            http.send(HttpRequest.newBuilder(URI.create(setting("index.url") + "/" + name.replace('_', '-')))
                    .DELETE().build(), HttpResponse.BodyHandlers.discarding());
            WorkerProcesses.delete(work);
        }
    }

    /** When each article first shows up in the store (looked at every 200 ms). */
    private void watch(String url, Map<String, Long> storedAt) {
        try (Connection c = connect(url); Statement s = c.createStatement()) {
            while (!Thread.currentThread().isInterrupted()) {
                try (ResultSet r = s.executeQuery("SELECT url FROM articles")) {
                    long now = System.nanoTime();
                    while (r.next()) {
                        storedAt.putIfAbsent(r.getString(1), now);
                    }
                }
                Thread.sleep(200);
            }
        } catch (SQLException e) {
            System.err.println("ClusterRun: the latency watcher stopped: " + e.getMessage());
        } catch (InterruptedException e) {
            // the run is over
        }
    }

    private Map<String, String> stories(String url) throws SQLException {
        Map<String, String> stories = new HashMap<>();
        try (Connection c = connect(url); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT url, story_id FROM articles")) {
            while (r.next()) {
                stories.put(r.getString(1), r.getString(2));
            }
        }
        return stories;
    }

    private List<String> appliedOrder(String url) throws SQLException {
        List<String> order = new ArrayList<>();
        try (Connection c = connect(url); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT url FROM articles ORDER BY seq")) {
            while (r.next()) {
                order.add(r.getString(1));
            }
        }
        return order;
    }

    private long databaseSize(String url) throws SQLException {
        try (Connection c = connect(url); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT pg_database_size(current_database())")) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The index's primary store after a flush (the vectors kept once, as the module's mapping says). */
    private long indexBytes(String index) throws IOException, InterruptedException {
        String base = setting("index.url") + "/" + index;
        http.send(HttpRequest.newBuilder(URI.create(base + "/_flush")).POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.discarding());
        String stats = http.send(HttpRequest.newBuilder(URI.create(base + "/_stats/store")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(stats);
        return json.path("_all").path("primaries").path("store").path("size_in_bytes").asLong();
    }

    private void sql(String url, String statement) throws SQLException {
        try (Connection c = connect(url); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, setting("store.user"), settings.getProperty("store.password", ""));
    }

    private String setting(String key) {
        String value = settings.getProperty(key, "").trim();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("ClusterRun: " + config + " has no " + key);
        }
        return value;
    }

    private static long percentile(List<Long> sorted, double q) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size())));
    }
}
