package org.storyline.bench.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
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
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.storyline.bench.pipeline.DatedArticles;
import org.storyline.model.RawDocument;
import org.storyline.pipeline.Batch;
import org.storyline.pipeline.Pipeline;
import org.storyline.source.ReadResult;
import org.storyline.store.ArticleStore;
import org.storyline.store.postgres.PostgresArticleStore;
import org.storyline.store.postgres.PostgresSettings;
import org.storyline.text.StableHash;

/**
 * The shared PostgreSQL store under 1, 2 and 4 concurrent writers (each a pipeline with a store and pool of its
 * own, as separate worker processes have): documents per second, stories made, and what the database weighs per
 * article (total and by table), projected to a million articles. Labelled JSONL articles ({@code id, title, text,
 * published}) become HTML pages in memory; {@code --repeat K} makes K distinct copies of each for a longer run.
 * Stories come from TF-IDF alone (no embedder), so the figure is the store's and the apply step's, not the
 * embedding model's. Each run gets a new database on the server, dropped afterwards.
 *
 * <pre>
 * bin/bench StoreScaleBench jdbc:postgresql://127.0.0.1:5432/postgres storyline ../shared/bench/stories/gvc-dev.jsonl \
 *     ../shared/bench/stories/ecbplus-dev.jsonl [--writers 1,2,4] [--repeat 3]
 * </pre>
 */
public final class StoreScaleBench {


    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: StoreScaleBench ADMIN_JDBC_URL USER FILE.jsonl... [--writers 1,2,4] [--repeat K]");
            System.exit(2);
        }
        String admin = args[0];
        String user = args[1];
        List<Path> inputs = new ArrayList<>();
        List<Integer> writers = List.of(1, 2, 4);
        int repeat = 1;
        for (int i = 2; i < args.length; i++) {
            switch (args[i]) {
                case "--writers" -> writers = List.of(args[++i].split(",")).stream().map(Integer::parseInt).toList();
                case "--repeat" -> repeat = Integer.parseInt(args[++i]);
                default -> inputs.add(Path.of(args[i]));
            }
        }
        List<ReadResult> documents = documents(inputs, repeat);
        System.out.printf("%d documents from %s (x%d); %d cores%n", documents.size(), inputs, repeat,
                Runtime.getRuntime().availableProcessors());
        System.out.println("writers | docs/s | seconds | articles | stories | data MB | bytes/article | GB per 1M articles");
        System.out.println("        (data: the database's growth over its empty schema: tables, indexes and TOAST; the WAL is not counted)");
        for (int w : writers) {
            run(admin, user, documents, w);
        }
    }

    private static void run(String admin, String user, List<ReadResult> documents, int writers) throws Exception {
        String name = "storyline_bench_" + writers + "_" + ProcessHandle.current().pid();
        execute(admin, user, "CREATE DATABASE " + name);
        String url = admin.substring(0, admin.lastIndexOf('/') + 1) + name;
        Path local = Files.createTempDirectory("storyline-store-bench");
        List<ArticleStore> stores = new ArrayList<>();
        try {
            for (int i = 0; i < writers; i++) {
                stores.add(PostgresArticleStore.open(PostgresSettings.of(url, user, ""), local));
            }
            long empty = size(url, user); // the schema alone (PostgreSQL's catalog is most of it)
            long start = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                int share = i;
                ArticleStore store = stores.get(i);
                done.add(pool.submit(() -> ingest(store, documents, share, writers)));
            }
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();
            double seconds = (System.nanoTime() - start) / 1e9;
            ArticleStore.Counts counts = stores.get(0).counts();
            long bytes = size(url, user) - empty;
            System.out.printf("%7d | %6.1f | %7.1f | %8d | %7d | %7.1f | %13d | %.1f%n", writers,
                    documents.size() / seconds, seconds, counts.articles(), counts.stories(), bytes / 1e6,
                    bytes / Math.max(1, counts.articles()), bytes / Math.max(1.0, counts.articles()) * 1e6 / 1e9);
            if (writers == 1) {
                tables(url, user);
            }
        } finally {
            stores.forEach(ArticleStore::close);
            execute(admin, user, "DROP DATABASE " + name);
            try (var files = Files.walk(local)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** One writer's share of the input (every writers-th document), through a batch like a worker's. */
    private static void ingest(ArticleStore store, List<ReadResult> documents, int share, int writers) {
        try (Batch batch = Pipeline.open(store).batch(1, outcome -> { })) {
            for (int i = share; i < documents.size(); i += writers) {
                ReadResult document = documents.get(i);
                batch.submit(() -> document);
            }
        }
    }

    private static long size(String url, String user) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, "");
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT pg_database_size(current_database())")) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The largest tables (with their indexes and TOAST) of a run. */
    private static void tables(String url, String user) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, "");
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("""
                        SELECT relname, pg_total_relation_size(relid) FROM pg_catalog.pg_statio_user_tables
                        ORDER BY 2 DESC LIMIT 6""")) {
            StringBuilder line = new StringBuilder("        largest tables:");
            while (r.next()) {
                line.append(String.format(" %s %.1f MB;", r.getString(1), r.getLong(2) / 1e6));
            }
            System.out.println(line);
        }
    }

    private static void execute(String url, String user, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** The articles as saved pages, oldest first, {@code repeat} distinct copies of each. */
    private static List<ReadResult> documents(List<Path> inputs, int repeat) throws IOException {
        List<JsonNode> articles = DatedArticles.read(inputs);
        List<ReadResult> out = new ArrayList<>();
        for (int r = 0; r < repeat; r++) {
            for (JsonNode a : articles) {
                String id = a.get("id").asText() + (r == 0 ? "" : "-r" + r);
                String title = a.path("title").asText("") + (r == 0 ? "" : " (" + r + ")");
                StringBuilder html = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                        .append("<title>").append(escape(title)).append("</title><link rel=\"canonical\" href=\"")
                        .append("https://news.example/").append(escape(id)).append("\"></head><body><article><h1>")
                        .append(escape(title)).append("</h1>");
                for (String paragraph : a.path("text").asText("").split("\n\\s*\n")) {
                    html.append("<p>").append(escape(paragraph.strip())).append("</p>");
                }
                String page = html.append("</article></body></html>").toString();
                out.add(new ReadResult.Read(new RawDocument("https://news.example/" + id, RawDocument.Format.HTML,
                        page, Instant.parse("2025-07-04T12:00:00Z"), false),
                        StableHash.sha256Hex(page.getBytes(StandardCharsets.UTF_8))));
            }
        }
        return out;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
