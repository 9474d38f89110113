package org.storyline.bench.cluster;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyline.cluster.ClusterInput;
import org.storyline.cluster.ClusterSettings;
import org.storyline.cluster.ClusteringScores;
import org.storyline.cluster.DenseSignal;
import org.storyline.cluster.StoryClusterer;

/**
 * Does a sentence embedding (all-MiniLM-L6-v2, quantised, in-process ONNX) improve story clustering over
 * TF-IDF alone? Tuned on half A of the labelled set, reported on half B, like {@link QualityBench}; merges
 * are applied to earlier assignments as the store applies them.
 */
final class EmbeddingBench {

    private EmbeddingBench() {
    }

    static void run(LabelledSnippets all) {
        org.storyline.embed.DjlOptOut.apply();
        AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        Map<String, float[]> vectors = new HashMap<>();
        for (ClusterInput in : all.inputs().subList(0, 50)) {
            model.embed(text(in)); // warm-up
        }
        long start = System.nanoTime();
        for (ClusterInput in : all.inputs()) {
            vectors.put(in.articleId(), unit(model.embed(text(in)).content().vector()));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("== embedding cost: %d texts in %.1f s = %.0f texts/s, %.2f ms per text (one thread), %d floats"
                + " (%d bytes) per vector%n", all.inputs().size(), seconds, all.inputs().size() / seconds,
                seconds * 1000 / all.inputs().size(), vectors.values().iterator().next().length,
                vectors.values().iterator().next().length * 4);
        DenseSignal dense = in -> vectors.get(in.articleId());
        LabelledSnippets tune = all.half(0);
        LabelledSnippets test = all.half(1);
        ClusterSettings base = ClusterSettings.forHeadlines();
        double bestScore = -1;
        double bestWeight = 0;
        double bestThreshold = base.joinThreshold();
        for (double weight : new double[] {0, 0.2, 0.35, 0.5, 0.7, 0.85, 1.0}) {
            for (double th : new double[] {0.08, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4}) {
                ClusteringScores s = score(tune, base.withJoin(th, base.youngMargin(), base.priorDocuments()), dense, weight);
                System.out.printf("weight=%.2f th=%.2f  %s%n", weight, th, QualityBench.format(s));
                if (s.nmi() + s.bcubedF1() > bestScore) {
                    bestScore = s.nmi() + s.bcubedF1();
                    bestWeight = weight;
                    bestThreshold = th;
                }
            }
        }
        ClusterSettings chosen = base.withJoin(bestThreshold, base.youngMargin(), base.priorDocuments());
        System.out.printf("== chosen on half A: weight %.2f, threshold %.2f%n", bestWeight, bestThreshold);
        System.out.printf("TF-IDF only (forHeadlines)  half B: %s%n", QualityBench.format(score(test, base, dense, 0)));
        System.out.printf("with embeddings (chosen)    half B: %s%n", QualityBench.format(score(test, chosen, dense, bestWeight)));
        System.out.printf("TF-IDF only (forHeadlines)  full  : %s%n", QualityBench.format(score(all, base, dense, 0)));
        System.out.printf("with embeddings (chosen)    full  : %s%n", QualityBench.format(score(all, chosen, dense, bestWeight)));
        int[] splits = new int[1];
        System.out.printf("TF-IDF + drift splits       full  : %s  (%d splits)%n",
                QualityBench.format(scoreWithSplits(all, base, dense, 0, vectors::get, splits)), splits[0]);
        splits[0] = 0;
        System.out.printf("chosen + drift splits       half B: %s%n",
                QualityBench.format(scoreWithSplits(test, chosen, dense, bestWeight, vectors::get, splits)));
        System.out.printf("chosen + drift splits       full  : %s  (%d splits)%n",
                QualityBench.format(scoreWithSplits(all, chosen, dense, bestWeight, vectors::get, splits)), splits[0]);
    }

    /**
     * As the pipeline runs it: after each article, merges are applied, and a story due for a drift check is
     * checked with its members in arrival order; {@code splits[0]} counts the splits.
     */
    static ClusteringScores scoreWithSplits(LabelledSnippets set, ClusterSettings settings, DenseSignal dense,
                                            double weight, java.util.function.Function<String, float[]> denseOf,
                                            int[] splits) {
        StoryClusterer clusterer = new StoryClusterer(settings, dense, weight);
        Map<String, String> storyOf = new LinkedHashMap<>();
        Map<String, ClusterInput> byId = new HashMap<>();
        for (ClusterInput in : set.inputs()) {
            byId.put(in.articleId(), in);
            String story = clusterer.assign(in);
            storyOf.put(in.articleId(), story);
            clusterer.takeMerges().forEach((gone, kept) -> storyOf.replaceAll((id, s) -> s.equals(gone) ? kept : s));
            story = storyOf.get(in.articleId());
            if (clusterer.driftCheckDue(story)) {
                String current = story;
                List<ClusterInput> members = storyOf.entrySet().stream().filter(e -> e.getValue().equals(current))
                        .map(e -> byId.get(e.getKey())).toList();
                clusterer.splitIfDrifted(story, members, denseOf).ifPresent(split -> {
                    splits[0]++;
                    split.moved().forEach(id -> storyOf.put(id, split.to()));
                });
            }
        }
        List<String> predicted = new ArrayList<>(storyOf.values());
        return ClusteringScores.of(set.stories(), predicted);
    }

    static ClusteringScores score(LabelledSnippets set, ClusterSettings settings, DenseSignal dense, double weight) {
        StoryClusterer clusterer = new StoryClusterer(settings, dense, weight);
        Map<String, String> storyOf = new LinkedHashMap<>();
        for (ClusterInput in : set.inputs()) {
            storyOf.put(in.articleId(), clusterer.assign(in));
            clusterer.takeMerges().forEach((gone, kept) -> storyOf.replaceAll((id, s) -> s.equals(gone) ? kept : s));
        }
        List<String> predicted = new ArrayList<>(storyOf.values());
        return ClusteringScores.of(set.stories(), predicted);
    }

    private static String text(ClusterInput in) {
        String body = in.text().length() > 600 ? in.text().substring(0, 600) : in.text();
        return in.title().isBlank() ? body : in.title() + ". " + body;
    }

    private static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float scale = (float) (norm == 0 ? 0 : 1 / Math.sqrt(norm));
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * scale;
        }
        return out;
    }
}
