package org.storyline.bench.cluster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.storyline.cluster.ClusterInput;
import org.storyline.cluster.ClusterSettings;
import org.storyline.cluster.ClusteringScores;
import org.storyline.cluster.PairwiseScores;
import org.storyline.cluster.StoryClusterer;
import org.storyline.cluster.StoryModelTrainer;

/**
 * Diagnosis of the clusterer in memory, on the inputs ingest gives it ({@link ProductionInputs}): the decision
 * at main (TF-IDF and embedding mix against one threshold) with one part changed at a time, so that what costs
 * quality shows; wrong merges counted. Fit parts only.
 *
 * <pre>
 * bin/bench StoryTune ../shared/bench/stories/ecbplus-dev.jsonl ../shared/bench/stories/gvc-dev.jsonl
 * </pre>
 */
public final class StoryTune {

    private StoryTune() {
    }

    public static void main(String[] args) throws Exception {
        ProductionInputs inputs = new ProductionInputs();
        List<List<StoryModelTrainer.Labelled>> sets = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String arg : args) {
            LabelledArticles set = LabelledArticles.read(Path.of(arg)).part(Integer.getInteger("fit.part", 0));
            names.add(set.name());
            sets.add(inputs.of(set));
        }
        if (System.getProperty("diagnose") != null) {
            for (int s = 0; s < sets.size(); s++) {
                System.out.println("== " + names.get(s));
                StoryModelTrainer.diagnose(System.getProperty("model") == null ? org.storyline.cluster.StoryModel.shipped(true)
                        : org.storyline.cluster.StoryModel.read(java.nio.file.Files.newInputStream(Path.of(System.getProperty("model")))),
                        sets.get(s), true, 40);
            }
            return;
        }
        if (System.getProperty("sweep") != null) {
            sweep(names, sets);
            return;
        }
        ClusterSettings d = ClusterSettings.defaults().withJoin(0.40, 0.1, 1000);
        Map<String, ClusterSettings> variants = new java.util.LinkedHashMap<>();
        variants.put("main (dense 0.5, join 0.40)", d);
        variants.put("no merges", d.withMerge(2));
        variants.put("centroid 200 terms", with(d, 200, d.queryTerms(), d.entityWeight(), d.titleWeight()));
        variants.put("names x1 (not x3)", with(d, d.centroidTerms(), d.queryTerms(), 1, d.titleWeight()));
        variants.put("no young margin", d.withJoin(0.40, 0, 1000));
        for (Map.Entry<String, ClusterSettings> v : variants.entrySet()) {
            for (int s = 0; s < sets.size(); s++) {
                System.out.println(run(names.get(s) + " " + v.getKey(), v.getValue(), sets.get(s), 0.5));
            }
        }
        for (int s = 0; s < sets.size(); s++) {
            System.out.println(run(names.get(s) + " tf-idf only, join 0.26 (main without embeddings)",
                    ClusterSettings.defaults(), sets.get(s), 0));
        }
    }

    /** TF-IDF representations, each at its best common threshold (no merges, no young margin, no dense). */
    static void sweep(List<String> names, List<List<StoryModelTrainer.Labelled>> sets) {
        ClusterSettings d = ClusterSettings.defaults().withMerge(2);
        for (double title : new double[] {0.3, 0.15, 0}) {
            for (double entity : new double[] {3, 5}) {
                for (double half : new double[] {3}) {
                    for (int terms : new int[] {100}) {
                        ClusterSettings base = new ClusterSettings(0.3, title, entity, terms, d.queryTerms(),
                                d.postingsPerTerm(), half, d.quietDays(), d.quietThreshold(), 0, d.priorDocuments(), 2);
                        String best = "";
                        double bestScore = -1;
                        for (double th = 0.1; th <= 0.61; th += 0.05) {
                            ClusterSettings v = base.withJoin(th, 0, d.priorDocuments());
                            StringBuilder line = new StringBuilder(String.format("title %.1f names %.1f half %4.0f th %.2f", title, entity, half, th));
                            double score = 0;
                            for (int s = 0; s < sets.size(); s++) {
                                String r = run(names.get(s), v, sets.get(s), 0);
                                line.append(" | ").append(r.substring(r.indexOf("B3 P")));
                                score += Double.parseDouble(r.replaceAll(".*B3 P \\S+ R \\S+ F1 (\\S+).*", "$1"));
                            }
                            if (score > bestScore) {
                                bestScore = score;
                                best = line.toString();
                            }
                        }
                        System.out.println(best);
                    }
                }
            }
        }
    }

    static ClusterSettings with(ClusterSettings d, int centroid, int query, double names, double title) {
        return new ClusterSettings(d.joinThreshold(), title, names, centroid, query, d.postingsPerTerm(),
                d.halfLifeDays(), d.quietDays(), d.quietThreshold(), d.youngMargin(), d.priorDocuments(),
                d.mergeThreshold());
    }

    static String run(String name, ClusterSettings settings, List<StoryModelTrainer.Labelled> set, double weight) {
        Map<ClusterInput, float[]> denseOf = new IdentityHashMap<>();
        set.forEach(l -> denseOf.put(l.input(), l.dense()));
        StoryClusterer clusterer = new StoryClusterer(settings, denseOf::get, weight);
        List<String> labels = new ArrayList<>();
        Map<String, List<Integer>> members = new HashMap<>();
        int merges = 0;
        int wrongMerges = 0;
        for (StoryModelTrainer.Labelled l : set) {
            String story = clusterer.assign(l.input());
            for (Map.Entry<String, String> m : clusterer.takeMerges().entrySet()) {
                List<Integer> moved = members.remove(m.getKey());
                List<Integer> into = members.computeIfAbsent(m.getValue(), x -> new ArrayList<>());
                merges++;
                if (moved != null) {
                    wrongMerges += majority(moved, set).equals(majority(into, set)) ? 0 : 1;
                    moved.forEach(i -> labels.set(i, m.getValue()));
                    into.addAll(moved);
                }
            }
            members.computeIfAbsent(story, x -> new ArrayList<>()).add(labels.size());
            labels.add(story);
        }
        List<String> truth = set.stream().map(StoryModelTrainer.Labelled::story).toList();
        ClusteringScores b3 = ClusteringScores.of(truth, labels);
        PairwiseScores p = PairwiseScores.of(truth, labels);
        return String.format("%-60s B3 P %.3f R %.3f F1 %.3f pair P %.3f R %.3f F1 %.3f stories %d merges %d wrong %d",
                name, b3.bcubedPrecision(), b3.bcubedRecall(), b3.bcubedF1(), p.precision(), p.recall(), p.f1(),
                labels.stream().distinct().count(), merges, wrongMerges);
    }

    static String majority(List<Integer> members, List<StoryModelTrainer.Labelled> set) {
        Map<String, Integer> counts = new HashMap<>();
        members.forEach(i -> counts.merge(set.get(i).story(), 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
    }
}
