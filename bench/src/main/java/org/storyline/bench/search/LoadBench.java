package org.storyline.bench.search;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.storyline.embed.SentenceEmbedder;
import org.storyline.enrich.analysis.ArticleNotes;
import org.storyline.index.LuceneArticleIndex;
import org.storyline.model.Article;
import org.storyline.model.ParsedArticle;
import org.storyline.model.StoredArticle;
import org.storyline.store.ArticleStore;
import org.storyline.store.SqliteArticleStore;
import org.storyline.web.WebServer;

/**
 * Page latency under concurrent readers: the web app over a synthetic store (default 20,000 articles in 4,000
 * stories, with embeddings), on loopback, read by N virtual-thread clients (default 50) for a while; each
 * picks a story page, a search (hybrid: BM25 + the query embedded by the real model + HNSW), a keyword-only
 * search, an article page or the home page. Reports the CPU each kind of page costs (one reader, which holds on a
 * busy machine, as a mean and as its cheapest batch), then throughput and latency percentiles per kind of page
 * under the readers.
 *
 * <pre>
 * bin/bench LoadBench [ARTICLES=20000] [READERS=50] [SECONDS=30]
 * </pre>
 */
public final class LoadBench {

    private LoadBench() {
    }

    /** What a reader asks for, with its share of requests. */
    private enum Kind {
        STORY(35), SEARCH_HYBRID(35), SEARCH_KEYWORD(10), ARTICLE(15), HOME(5);

        final int share;

        Kind(int share) {
            this.share = share;
        }
    }

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int readers = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        Path dir = Files.createTempDirectory("storyline-loadbench");
        SyntheticCorpus corpus = new SyntheticCorpus();
        ArticleStore store = SqliteArticleStore.open(dir.resolve("data"));
        LuceneArticleIndex index = LuceneArticleIndex.open(dir.resolve("index"));
        fill(store, index, corpus, articles);
        Javalin app = WebServer.create(store, null, index).start("127.0.0.1", 0);
        String base = "http://127.0.0.1:" + app.port();
        long stories = articles / SyntheticCorpus.ARTICLES_PER_STORY;
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            HttpClient http = HttpClient.newBuilder().executor(threads).connectTimeout(Duration.ofSeconds(10)).build();
            run(http, base, corpus, stories, articles, readers, 5, false); // warm-up: JIT, model, caches
            cost(http, base, corpus, stories, articles);
            Map<Kind, Latencies> results = run(http, base, corpus, stories, articles, readers, seconds, true);
            long total = results.values().stream().mapToLong(Latencies::count).sum();
            System.out.printf("%d readers, %d s, %,d articles in %,d stories: %,d requests, %.0f requests/s%n",
                    readers, seconds, articles, stories, total, total / (double) seconds);
            results.forEach((kind, latencies) -> System.out.printf("%-16s %s%n", kind.name().toLowerCase(),
                    latencies.summary()));
        } finally {
            app.stop();
            index.close();
        }
    }

    private static Map<Kind, Latencies> run(HttpClient http, String base, SyntheticCorpus corpus, long stories,
                                            int articles, int readers, int seconds, boolean report)
            throws InterruptedException {
        Instant end = Instant.now().plusSeconds(seconds);
        List<Map<Kind, Latencies>> perReader = new ArrayList<>();
        AtomicLong failures = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int r = 0; r < readers; r++) {
            Map<Kind, Latencies> mine = new LinkedHashMap<>();
            for (Kind kind : Kind.values()) {
                mine.put(kind, new Latencies());
            }
            perReader.add(mine);
            Random random = new Random(r * 7L + (report ? 1 : 0));
            threads.add(Thread.ofVirtual().start(() -> {
                while (Instant.now().isBefore(end)) {
                    Kind kind = pick(random);
                    String path = path(kind, corpus, random, stories, articles);
                    long start = System.nanoTime();
                    try {
                        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 200) {
                            failures.incrementAndGet();
                        }
                    } catch (IOException e) {
                        failures.incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    mine.get(kind).add(System.nanoTime() - start);
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        if (failures.get() > 0) {
            System.out.println("non-200 answers or failed requests: " + failures.get());
        }
        Map<Kind, Latencies> merged = new LinkedHashMap<>();
        for (Kind kind : Kind.values()) {
            Latencies all = new Latencies();
            perReader.forEach(m -> all.addAll(m.get(kind)));
            merged.put(kind, all);
        }
        return merged;
    }

    /**
     * What each kind of page costs in CPU, which, unlike latency, holds on a busy machine: one reader asks for
     * pages in {@link #COST_ROUNDS} rounds, each round a batch of {@link #COST_BATCH} pages of every kind in turn, and
     * the process's CPU time over a batch (server and this client, which is a small part) is divided by its size.
     * Reported: the mean over all batches and the cheapest batch, which other processes on a shared machine disturb
     * least (their cache and core sharing only ever adds); a first unreported pass warms the JIT. Two cores can
     * serve at most 2,000 / (ms per page) pages a second; that bounds what the latency run can show.
     */
    private static void cost(HttpClient http, String base, SyntheticCorpus corpus, long stories, int articles)
            throws IOException, InterruptedException {
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        Random random = new Random(11);
        Kind[] kinds = Kind.values();
        for (int pass = 0; pass < 2; pass++) {
            double[] sum = new double[kinds.length];
            double[] min = new double[kinds.length];
            java.util.Arrays.fill(min, Double.MAX_VALUE);
            long[] wall = new long[kinds.length];
            for (int round = 0; round < COST_ROUNDS; round++) {
                for (Kind kind : kinds) {
                    long cpu = os.getProcessCpuTime();
                    long started = System.nanoTime();
                    for (int i = 0; i < COST_BATCH; i++) {
                        http.send(HttpRequest.newBuilder(URI.create(base + path(kind, corpus, random, stories, articles)))
                                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding());
                    }
                    double ms = (os.getProcessCpuTime() - cpu) / 1e6 / COST_BATCH;
                    sum[kind.ordinal()] += ms;
                    min[kind.ordinal()] = Math.min(min[kind.ordinal()], ms);
                    wall[kind.ordinal()] += System.nanoTime() - started;
                }
            }
            for (Kind kind : kinds) {
                int k = kind.ordinal();
                if (pass == 1) {
                    System.out.printf("%-16s CPU %.2f ms per page, cheapest batch %.2f (one reader, %d pages,"
                            + " %.2f ms wall each)%n", kind.name().toLowerCase(), sum[k] / COST_ROUNDS, min[k],
                            COST_ROUNDS * COST_BATCH, wall[k] / 1e6 / (COST_ROUNDS * COST_BATCH));
                }
            }
        }
    }

    private static final int COST_ROUNDS = 10;
    private static final int COST_BATCH = 30;

    private static Kind pick(Random random) {
        int roll = random.nextInt(100);
        for (Kind kind : Kind.values()) {
            roll -= kind.share;
            if (roll < 0) {
                return kind;
            }
        }
        return Kind.HOME;
    }

    private static String path(Kind kind, SyntheticCorpus corpus, Random random, long stories, int articles) {
        long story = random.nextLong(stories);
        return switch (kind) {
            case STORY -> "/story/" + SyntheticCorpus.storyId(story);
            case SEARCH_HYBRID -> "/search?q=" + encode(corpus.query(story, random));
            case SEARCH_KEYWORD -> "/search?mode=keyword&q=" + encode(corpus.query(story, random));
            case ARTICLE -> "/article/" + SyntheticCorpus.id(random.nextInt(articles));
            case HOME -> "/";
        };
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Stores and indexes the corpus, a story (five articles) per transaction, with what the pipeline stores. */
    private static void fill(ArticleStore store, LuceneArticleIndex index, SyntheticCorpus corpus, int articles) {
        long start = System.nanoTime();
        ArticleNotes notes = new ArticleNotes();
        for (int first = 0; first < articles; first += SyntheticCorpus.ARTICLES_PER_STORY) {
            int from = first;
            int to = Math.min(articles, first + SyntheticCorpus.ARTICLES_PER_STORY);
            String storyId = SyntheticCorpus.storyId(SyntheticCorpus.story(from));
            List<Article> batch = new ArrayList<>();
            store.transaction(tx -> {
                String doc = "doc-" + storyId;
                tx.addDocument(doc, "synthetic", Instant.EPOCH, false, to - from);
                for (int n = from; n < to; n++) {
                    Article a = corpus.article(n);
                    tx.insert(new StoredArticle(a, null, storyId));
                    tx.linkDocument(doc, a.id(), ParsedArticle.Role.MAIN, n - from);
                    tx.putVector(a.id(), SentenceEmbedder.toBytes(corpus.vector(n)));
                    tx.putNote(a.id(), ArticleNotes.FORMAT, notes.of(a)); // as the pipeline's prepare step notes it
                    batch.add(a);
                }
                tx.refreshStory(storyId);
                return null;
            });
            for (int i = 0; i < batch.size(); i++) {
                index.put(batch.get(i), corpus.vector(from + i));
            }
        }
        index.commit();
        System.out.printf("Stored and indexed %,d articles in %.1f s%n", articles, (System.nanoTime() - start) / 1e9);
        long analysed = System.nanoTime();
        // As an ingest does at its end: every written story's analysis computed and stored.
        int n = new org.storyline.pipeline.StoryAnalyses(store).refreshStale(Integer.MAX_VALUE);
        System.out.printf("Analysed and stored %,d stories in %.1f s%n", n, (System.nanoTime() - analysed) / 1e9);
    }
}
