package org.storyline.bench.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.storyline.embed.SentenceEmbedder;
import org.storyline.index.SearchFilters;
import org.storyline.index.SearchHit;
import org.storyline.index.LuceneArticleIndex;
import org.storyline.index.SearchResults;

/**
 * Query latency of search on a synthetic archive (default 100,000 articles with 384-dimensional embeddings):
 * keyword (BM25), phrase, semantic (Lucene HNSW), hybrid (both, fused by RRF, with snippets), hybrid with
 * filters, and brute-force exact nearest neighbours over the same vectors held in memory, with the recall@10 of
 * HNSW against exact; then the cost of embedding a query with the real model. One thread, after a warm-up.
 *
 * <pre>
 * bin/bench SearchBench [ARTICLES=100000] [QUERIES=1000]
 * </pre>
 */
public final class SearchBench {

    private static final int WARMUP = 200;
    private static final int PAGE = 20;

    private SearchBench() {
    }

    public static void main(String[] args) throws IOException {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        SyntheticCorpus corpus = new SyntheticCorpus();
        Path dir = Files.createTempDirectory("storyline-searchbench");
        float[][] vectors = new float[articles][];
        try (LuceneArticleIndex index = LuceneArticleIndex.open(dir)) {
            long start = System.nanoTime();
            for (int n = 0; n < articles; n++) {
                vectors[n] = corpus.vector(n);
                index.put(corpus.article(n), vectors[n]);
                if ((n + 1) % 20_000 == 0) {
                    System.err.printf("indexed %,d%n", n + 1);
                }
            }
            index.commit();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("Indexed %,d articles (BM25 fields + HNSW vectors) in %.1f s: %,.0f articles/s, %,d MB on disk%n",
                    articles, seconds, articles / seconds, size(dir) >> 20);
            long stories = articles / SyntheticCorpus.ARTICLES_PER_STORY;
            measure(queries, "keyword (2 words, AND)", r -> index.search(corpus.query(r.nextLong(stories), r), null,
                    SearchFilters.NONE, PAGE, 0));
            measure(queries, "phrase (\"two words\")", r -> {
                String[] title = corpus.article(r.nextInt(articles)).title().toLowerCase().split(" ");
                index.search("\"" + title[0] + " " + title[1] + "\"", null, SearchFilters.NONE, PAGE, 0);
            });
            measure(queries, "semantic (HNSW)", r -> index.search(null,
                    corpus.queryVector(r.nextLong(stories), r), SearchFilters.NONE, PAGE, 0));
            measure(queries, "hybrid (BM25 + HNSW, RRF, snippets)", r -> {
                long story = r.nextLong(stories);
                index.search(corpus.query(story, r), corpus.queryVector(story, r), SearchFilters.NONE, PAGE, 0);
            });
            measure(queries, "hybrid + filters (language, 90 days)", r -> {
                long story = r.nextLong(stories);
                LocalDate from = LocalDate.of(2025, 1, 1).plusDays(r.nextInt(275));
                index.search(corpus.query(story, r), corpus.queryVector(story, r),
                        new SearchFilters(null, from, from.plusDays(90), null, "en", null), PAGE, 0);
            });
            measure(queries, "hybrid + outlet filter", r -> {
                long story = r.nextLong(stories);
                index.search(corpus.query(story, r), corpus.queryVector(story, r),
                        new SearchFilters("Outlet " + r.nextInt(60), null, null, null, null, null), PAGE, 0);
            });
            measure(queries, "filters only, newest first (hashtag)", r -> index.search(null, null,
                    new SearchFilters(null, null, null, "tag" + r.nextInt(400), null, null), PAGE, 0));
            measure(queries, "brute force exact top-100 (in memory)", r -> exact(vectors,
                    corpus.queryVector(r.nextLong(stories), r), 100));
            recall(index, corpus, vectors, stories, Math.min(queries, 500));
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
        }
        embedding(Math.min(queries, 300));
    }

    private static void measure(int queries, String label, Consumer<Random> query) {
        Random random = new Random(label.hashCode());
        for (int i = 0; i < WARMUP; i++) {
            query.accept(random);
        }
        Latencies latencies = new Latencies();
        for (int i = 0; i < queries; i++) {
            long start = System.nanoTime();
            query.accept(random);
            latencies.add(System.nanoTime() - start);
        }
        System.out.printf("%-40s %s%n", label, latencies.summary());
    }

    private static void recall(LuceneArticleIndex index, SyntheticCorpus corpus, float[][] vectors, long stories, int queries) {
        Random random = new Random(99);
        double found = 0;
        for (int i = 0; i < queries; i++) {
            float[] q = corpus.queryVector(random.nextLong(stories), random);
            Set<String> exact = new HashSet<>(); // the true top 10 that search may return (cosine above its floor)
            for (int n : exact(vectors, q, 10)) {
                if (dot(vectors[n], q) >= LuceneArticleIndex.MIN_COSINE) {
                    exact.add(SyntheticCorpus.id(n));
                }
            }
            SearchResults approximate = index.search(null, q, SearchFilters.NONE, 10, 0);
            found += exact.isEmpty() ? 1 : approximate.hits().stream().map(SearchHit::articleId).filter(exact::contains)
                    .count() / (double) exact.size();
        }
        System.out.printf("%-40s %.3f (HNSW against the exact top 10 above the cosine floor, %d queries)%n", "recall@10 of HNSW",
                found / queries, queries);
    }

    private static float dot(float[] a, float[] b) {
        float dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    /** The indexes of the {@code k} vectors with the highest dot product, best first. */
    static int[] exact(float[][] vectors, float[] query, int k) {
        int[] best = new int[k];
        float[] scores = new float[k];
        java.util.Arrays.fill(scores, Float.NEGATIVE_INFINITY);
        for (int n = 0; n < vectors.length; n++) {
            float[] v = vectors[n];
            float dot = 0;
            for (int i = 0; i < v.length; i++) {
                dot += v[i] * query[i];
            }
            if (dot > scores[k - 1]) {
                int at = k - 1;
                while (at > 0 && scores[at - 1] < dot) {
                    scores[at] = scores[at - 1];
                    best[at] = best[at - 1];
                    at--;
                }
                scores[at] = dot;
                best[at] = n;
            }
        }
        return best;
    }

    private static void embedding(int queries) {
        SentenceEmbedder embedder = new SentenceEmbedder();
        List<String> texts = new ArrayList<>(List.of("sputnik raid baku", "russia azerbaijan rift",
                "journalists detained in azerbaijan", "plane crash kazakhstan", "ceasefire talks", "consular access"));
        Random random = new Random(3);
        for (int i = 0; i < 20; i++) {
            embedder.embed(null, texts.get(i % texts.size()));
        }
        Latencies latencies = new Latencies();
        for (int i = 0; i < queries; i++) {
            String q = texts.get(random.nextInt(texts.size())) + " " + i;
            long start = System.nanoTime();
            embedder.embed(null, q);
            latencies.add(System.nanoTime() - start);
        }
        System.out.printf("%-40s %s%n", "embed a query (MiniLM, in-process)", latencies.summary());
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
