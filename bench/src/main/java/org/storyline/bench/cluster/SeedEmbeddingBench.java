package org.storyline.bench.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.storyline.cluster.ClusterInput;
import org.storyline.cluster.ClusterSettings;
import org.storyline.cluster.StoryClusterer;

/**
 * The labelled seed articles (full texts) over 40 arrival orders, TF-IDF alone against TF-IDF with sentence
 * embeddings at several weights and thresholds: how many orders give exactly the labelled partition.
 * {@code bin/bench SeedEmbeddingBench core/src/test/resources/cluster/seed-articles.jsonl}
 */
public final class SeedEmbeddingBench {

    private static final int LEAD = Integer.getInteger("lead", 600);

    public static void main(String[] args) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<ClusterInput> inputs = new ArrayList<>();
        Map<String, String> label = new HashMap<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            JsonNode n = json.readTree(line);
            String published = n.path("published").asText(null);
            inputs.add(new ClusterInput(n.get("id").asText(), n.get("title").asText(), n.get("text").asText(),
                    published == null || published.isEmpty() || published.equals("null") ? null : Instant.parse(published)));
            label.put(n.get("id").asText(), n.get("expected_story").asText());
        }
        org.storyline.embed.DjlOptOut.apply();
        AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        Map<String, float[]> vectors = new HashMap<>();
        for (ClusterInput in : inputs) { // warm-up: model load and JIT
            vectors.put(in.articleId(), model.embed(in.title() + ". " + head(in.text())).content().vector());
        }
        long start = System.nanoTime();
        for (int round = 0; round < 5; round++) {
            for (ClusterInput in : inputs) {
                vectors.put(in.articleId(), model.embed(in.title() + ". " + head(in.text())).content().vector());
            }
        }
        System.out.printf("embedding cost on full articles (headline + %d characters): %.1f ms per article%n", LEAD,
                (System.nanoTime() - start) / 1e6 / inputs.size() / 5);
        Set<Set<String>> expected = partition(label);
        for (double weight : new double[] {0, 0.3, 0.5, 0.7}) {
            for (double th : new double[] {0.2, 0.26, 0.3, 0.35, 0.4, 0.45}) {
                ClusterSettings s = ClusterSettings.defaults().withJoin(th, 0.1, 1000);
                int exact = 0;
                boolean pageOrder = false;
                Random random = new Random(1);
                for (int i = 0; i < 40; i++) {
                    List<ClusterInput> order = new ArrayList<>(inputs);
                    if (i > 0) {
                        Collections.shuffle(order, random);
                    }
                    boolean ok = run(order, new StoryClusterer(s, a -> vectors.get(a.articleId()), weight)).equals(expected);
                    exact += ok ? 1 : 0;
                    pageOrder |= i == 0 && ok;
                }
                System.out.printf("weight %.1f threshold %.2f: exact in %d/40 orders, page order %s%n", weight, th,
                        exact, pageOrder);
            }
        }
    }

    private static Set<Set<String>> run(List<ClusterInput> order, StoryClusterer clusterer) {
        Map<String, String> storyOf = new LinkedHashMap<>();
        for (ClusterInput in : order) {
            storyOf.put(in.articleId(), clusterer.assign(in));
            clusterer.takeMerges().forEach((gone, kept) -> storyOf.replaceAll((id, s) -> s.equals(gone) ? kept : s));
        }
        return partition(storyOf);
    }

    private static Set<Set<String>> partition(Map<String, String> storyOf) {
        Map<String, Set<String>> by = new HashMap<>();
        storyOf.forEach((id, s) -> by.computeIfAbsent(s, k -> new HashSet<>()).add(id));
        return new HashSet<>(by.values());
    }

    private static String head(String text) {
        return text.length() > LEAD ? text.substring(0, LEAD) : text;
    }
}
