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
        if (System.getProperty("audit") != null) {
            for (int s = 0; s < sets.size(); s++) {
                System.out.println("== " + names.get(s) + " (" + System.getProperty("model", "shipped model") + ")");
                System.out.print(org.storyline.cluster.StoryAudit.report(model(),
                        sets.get(s), true, Integer.getInteger("audit", 0)));
                System.out.println("== " + names.get(s) + " (tf-idf baseline)");
                System.out.print(baselineAudit(sets.get(s)));
            }
            return;
        }
        if (System.getProperty("splits") != null) {
            org.storyline.cluster.StoryModel shipped = model();
            for (String level : System.getProperty("splits").split(",")) {
                org.storyline.cluster.StoryModel model = shipped.withSplit(Double.parseDouble(level));
                for (int s = 0; s < sets.size(); s++) {
                    String line = modelLine(names.get(s) + " split " + level, model, sets.get(s));
                    System.out.println(line);
                    orders(names.get(s) + " split " + level, model, sets.get(s), Integer.getInteger("orders", 0));
                }
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

    /** B-cubed and pairwise F1 over {@code n} shuffled arrival orders (undated sets, whose order is only the file's): spread. */
    static void orders(String name, org.storyline.cluster.StoryModel model, List<StoryModelTrainer.Labelled> set, int n) {
        if (n == 0) {
            return;
        }
        double min = 1;
        double max = 0;
        double sum = 0;
        double pairSum = 0;
        int[] counts = new int[4];
        for (int seed = 1; seed <= n; seed++) {
            List<StoryModelTrainer.Labelled> order = new ArrayList<>(set);
            java.util.Collections.shuffle(order, new java.util.Random(seed));
            List<String> truth = order.stream().map(StoryModelTrainer.Labelled::story).toList();
            List<String> predicted = StoryModelTrainer.cluster(model, order, true, counts);
            double f = ClusteringScores.of(truth, predicted).bcubedF1();
            pairSum += PairwiseScores.of(truth, predicted).f1();
            min = Math.min(min, f);
            max = Math.max(max, f);
            sum += f;
        }
        System.out.printf("%-34s %d shuffled orders: B3 F1 mean %.3f min %.3f max %.3f, pair F1 mean %.3f;"
                + " splits %d (wrong %d)%n", name, n, sum / n, min, max, pairSum / n, counts[2], counts[3]);
    }

    /** The model of -Dmodel=FILE, or the shipped one with embeddings. */
    static org.storyline.cluster.StoryModel model() throws java.io.IOException {
        String file = System.getProperty("model");
        if (file == null) {
            return org.storyline.cluster.StoryModel.shipped(true);
        }
        try (var in = java.nio.file.Files.newInputStream(Path.of(file))) {
            return org.storyline.cluster.StoryModel.read(in);
        }
    }

    static String modelLine(String name, org.storyline.cluster.StoryModel model, List<StoryModelTrainer.Labelled> set) {
        List<String> truth = set.stream().map(StoryModelTrainer.Labelled::story).toList();
        int[] counts = new int[4];
        long start = System.nanoTime();
        List<String> predicted = StoryModelTrainer.cluster(model, set, true, counts);
        ClusteringScores b3 = ClusteringScores.of(truth, predicted);
        PairwiseScores pairs = PairwiseScores.of(truth, predicted);
        return String.format("%-34s B3 P %.3f R %.3f F1 %.3f  pair P %.3f R %.3f F1 %.3f  stories %d (%d)  merges %d (wrong %d)  splits %d (wrong %d) %.1fs",
                name, b3.bcubedPrecision(), b3.bcubedRecall(), b3.bcubedF1(), pairs.precision(), pairs.recall(), pairs.f1(),
                predicted.stream().distinct().count(), truth.stream().distinct().count(), counts[0], counts[1], counts[2],
                counts[3], (System.nanoTime() - start) / 1e9);
    }

    /** The audit's classes for the plain TF-IDF baseline (its decisions are final: no merges). */
    static String baselineAudit(List<StoryModelTrainer.Labelled> set) {
        TfidfBaseline baseline = new TfidfBaseline();
        List<String> labels = new ArrayList<>();
        Map<String, long[]> tally = new java.util.LinkedHashMap<>();
        for (StoryModelTrainer.Labelled l : set) {
            String chosen = "b" + baseline.assign(l.input().title(), l.input().text(), l.input().published());
            Map<String, Integer> earlier = new HashMap<>();
            int seen = 0;
            int size = 0;
            int same = 0;
            for (int j = 0; j < labels.size(); j++) {
                boolean sameTruth = set.get(j).story().equals(l.story());
                if (sameTruth) {
                    earlier.merge(labels.get(j), 1, Integer::sum);
                    seen++;
                }
                if (labels.get(j).equals(chosen)) {
                    size++;
                    same += sameTruth ? 1 : 0;
                }
            }
            String home = earlier.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
            boolean isNew = !labels.contains(chosen);
            String kind = home == null ? (isNew ? "new" : "false join") : isNew ? "missed join"
                    : chosen.equals(home) ? "join" : "wrong join";
            long[] t = tally.computeIfAbsent(kind, k -> new long[3]);
            t[0]++;
            t[1] += size - same;
            t[2] += seen - same;
            labels.add(chosen);
        }
        StringBuilder out = new StringBuilder();
        tally.forEach((k, t) -> out.append(String.format("%-12s %4d decisions, wrong pairs: %5d joined wrongly, %5d kept apart%n",
                k, t[0], t[1], t[2])));
        return out.toString();
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
