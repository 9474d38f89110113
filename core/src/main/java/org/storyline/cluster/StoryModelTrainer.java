package org.storyline.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fits a {@link StoryModel} on labelled article streams, after Miranda et al. (EMNLP 2018): each article, in
 * arrival order, is compared with the candidate stories the clusterer would consider, built from the true
 * labels so far; a pair is positive when the candidate is the article's true story. A logistic regression
 * learns the feature weights from those pairs; then the join and merge probabilities are chosen by running
 * the clusterer itself over the same streams and keeping the pair that scores best (B-cubed F1 + pairwise
 * F1, summed over the streams), so the "new story" decision is learned on the decisions it makes.
 *
 * <pre>{@code
 * StoryModel model = StoryModelTrainer.fit(List.of(streamA, streamB), true);
 * }</pre>
 */
public final class StoryModelTrainer {

    /** One labelled article: what the clusterer sees, its dense vector (or null), its true story. */
    public record Labelled(ClusterInput input, float[] dense, String story) {
    }

    /** Window of the shipped models: a story quiet for longer than this takes no article (news moves on). */
    public static final double WINDOW_DAYS = 30;
    private static final double L2 = 1.0;

    private StoryModelTrainer() {
    }

    /** A model fitted on these streams (each in arrival order), with or without the dense vectors. */
    public static StoryModel fit(List<List<Labelled>> streams, boolean withDense) {
        List<double[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (List<Labelled> stream : streams) {
            int before = x.size();
            pairs(stream, withDense, x, y);
            counts.add(x.size() - before);
        }
        // Every stream weighs the same in the fit, whatever its number of candidate pairs: a corpus of many
        // look-alike stories must not decide the weights for all news.
        List<Double> rowWeights = new ArrayList<>();
        for (int count : counts) {
            rowWeights.addAll(java.util.Collections.nCopies(count, x.size() / (double) (counts.size() * count)));
        }
        return decide(LogisticFit.fit(x, y, rowWeights, L2), streams, withDense);
    }

    /**
     * The model's pair weights, link-cut and follow-up levels kept, the join decision fitted again on these streams:
     * its weights, then the join and merge levels by the same search as {@link #fit}, with the cut and follow-ups
     * as they are (a search of the cut's level too chose 0.6, which splits one event's reports: the seed rift story
     * of PipelineTest lost half its articles).
     */
    public static StoryModel refitDecisions(StoryModel model, List<List<Labelled>> streams, boolean withDense) {
        StoryModel refitted = model.withDecisionWeights(decisionWeights(model, streams, withDense)).withJoinPair(0);
        return floored(decisions(refitted, streams, withDense), streams, withDense);
    }

    private static StoryModel decide(double[] weights, List<List<Labelled>> streams, boolean withDense) {
        StoryModel model = new StoryModel(weights, new double[StoryFeatures.DECISION_NAMES.length], 0.5, 0.9,
                WINDOW_DAYS, 0, StoryModel.NEVER, 0);
        model = model.withDecisionWeights(decisionWeights(model, streams, withDense));
        // The decision levels by coordinate search on the clusterer's own output: join and merge without cuts, the
        // link cut's level for those, then join and merge again with it.
        StoryModel chosen = decisions(model, streams, withDense);
        StoryModel withCut = best(SPLIT_LEVELS, chosen::withSplit, streams, withDense);
        StoryModel decided = withCut.splitAt() == 0 ? withCut : decisions(withCut, streams, withDense);
        // Last the follow-up level, on the decisions made: it only takes articles that would found a story.
        return best(FOLLOW_UP_LEVELS, floored(decided, streams, withDense)::withFollowUp, streams, withDense);
    }

    /**
     * The model with the highest floor on the best candidate's pair probability that scores as well as any lower
     * one: on the development sets a lone candidate rarely decides an article, so the fit score is flat up to the
     * level where true joins start to be lost, and the highest level of that flat stretch refuses the most
     * improbable joins (a lone candidate at pair p 0.05) without costing the fit any. Levels from the highest down.
     */
    private static StoryModel floored(StoryModel model, List<List<Labelled>> streams, boolean withDense) {
        return best(JOIN_PAIR_LEVELS, model::withJoinPair, streams, withDense);
    }

    /** Floors tried for the best candidate's pair probability, highest first (of equal scores the first is kept). */
    private static final double[] JOIN_PAIR_LEVELS = {0.3, 0.25, 0.2, 0.15, 0.1, 0.05, 0};

    /** The model of the best-scoring level (of equal scores the first tried). */
    private static StoryModel best(double[] levels, java.util.function.DoubleFunction<StoryModel> at,
                                   List<List<Labelled>> streams, boolean withDense) {
        double best = -1;
        StoryModel chosen = null;
        for (double level : levels) {
            StoryModel candidate = at.apply(level);
            double score = score(candidate, streams, withDense);
            if (score > best + 1e-9) {
                best = score;
                chosen = candidate;
            }
        }
        return chosen;
    }

    /** Follow-up levels tried, from none ({@link StoryModel#NEVER}) down: of equal scores the highest is kept. */
    private static final double[] FOLLOW_UP_LEVELS = {StoryModel.NEVER, 0.95, 0.9, 0.85, 0.8, 0.7, 0.6, 0.5};

    /** Link-cut levels tried (0: none); above 0.6 cuts split one event's reports (bench StoryTune -Dsplits). */
    private static final double[] SPLIT_LEVELS = {0, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6};

    /** The model with the join and merge probabilities that score best on the streams. */
    private static StoryModel decisions(StoryModel model, List<List<Labelled>> streams, boolean withDense) {
        double best = -1;
        StoryModel chosen = model;
        for (double join = 0.2; join <= 0.81; join += 0.05) {
            for (double merge : new double[] {0.9, 0.95, 2}) { // merges at 0.8 joined 3 wrong pairs of 10 held back
                if (merge < join) {
                    continue;
                }
                StoryModel candidate = model.withDecisions(join, merge);
                double score = score(candidate, streams, withDense);
                if (score > best + 1e-9) {
                    best = score;
                    chosen = candidate;
                }
            }
        }
        return chosen;
    }

    /** B-cubed F1 plus pairwise F1 of the model's clustering, summed over the streams. */
    private static double score(StoryModel model, List<List<Labelled>> streams, boolean withDense) {
        double score = 0;
        for (List<Labelled> stream : streams) {
            List<String> truth = stream.stream().map(Labelled::story).toList();
            List<String> predicted = cluster(model, stream, withDense);
            score += ClusteringScores.of(truth, predicted).bcubedF1() + PairwiseScores.of(truth, predicted).f1();
        }
        return score;
    }

    /** The stories the model gives a stream, merges applied to every earlier article: one label per article. */
    public static List<String> cluster(StoryModel model, List<Labelled> stream, boolean withDense) {
        return cluster(model, stream, withDense, new int[4]);
    }

    /**
     * As {@link #cluster(StoryModel, List, boolean)}, counting merges into {@code merges[0]} and wrong merges (the
     * two stories' majority true labels differ) into {@code merges[1]}, drift splits into {@code merges[2]} and wrong
     * ones into {@code merges[3]} ({@code merges} has four entries).
     */
    public static List<String> cluster(StoryModel model, List<Labelled> stream, boolean withDense, int[] merges) {
        return cluster(model, stream, withDense, merges, null, new ArrayList<>());
    }

    /**
     * As {@link #cluster(StoryModel, List, boolean, int[])}, with {@code audit} (or null) told of every decision;
     * {@code labels} receives the labels as they are decided (an audit reads the earlier ones while deciding).
     */
    static List<String> cluster(StoryModel model, List<Labelled> stream, boolean withDense, int[] merges,
                                java.util.function.Consumer<StoryClusterer.Decision> audit, List<String> labels) {
        Map<ClusterInput, float[]> denseOf = new IdentityHashMap<>();
        stream.forEach(l -> denseOf.put(l.input(), l.dense()));
        Map<String, Integer> indexOf = new HashMap<>();
        stream.forEach(l -> indexOf.put(l.input().articleId(), indexOf.size()));
        StoryClusterer clusterer = new StoryClusterer(ClusterSettings.forModel(),
                withDense ? denseOf::get : null, model);
        clusterer.audit = audit;
        Map<String, List<Integer>> members = new HashMap<>();
        for (Labelled l : stream) {
            String story = clusterer.assign(l.input());
            for (Map.Entry<String, String> merge : clusterer.takeMerges().entrySet()) {
                List<Integer> moved = members.remove(merge.getKey());
                merges[0]++;
                if (moved != null && !majority(moved, stream).equals(majority(members.getOrDefault(merge.getValue(),
                        List.of()), stream))) {
                    merges[1]++;
                }
                if (moved != null) {
                    moved.forEach(i -> labels.set(i, merge.getValue()));
                    members.computeIfAbsent(merge.getValue(), s -> new ArrayList<>()).addAll(moved);
                }
            }
            members.computeIfAbsent(story, s -> new ArrayList<>()).add(labels.size());
            labels.add(story);
            split(clusterer, story, members, labels, stream, indexOf, merges);
        }
        return labels;
    }

    /**
     * As the pipeline does after placing an article: splits the story it went to when a check is due, counting wrong splits
     * (the two groups' majority true labels agree) into {@code merges[3]} and splits into {@code merges[2]}.
     */
    private static void split(StoryClusterer clusterer, String story, Map<String, List<Integer>> members,
                              List<String> labels, List<Labelled> stream, Map<String, Integer> indexOf, int[] counts) {
        List<Integer> own = members.get(story);
        if (own == null || !clusterer.driftCheckDue(story)) {
            return;
        }
        List<ClusterInput> inputs = own.stream().map(i -> stream.get(i).input()).toList();
        clusterer.splitIfDrifted(story, inputs, id -> stream.get(indexOf.get(id)).dense()).ifPresent(split -> {
            List<Integer> moved = split.moved().stream().map(indexOf::get).toList();
            own.removeAll(moved);
            counts[2]++;
            counts[3] += majority(moved, stream).equals(majority(own, stream)) ? 1 : 0;
            moved.forEach(i -> labels.set(i, split.to()));
            members.computeIfAbsent(split.to(), x -> new ArrayList<>()).addAll(moved);
        });
    }

    private static String majority(List<Integer> members, List<Labelled> stream) {
        Map<String, Integer> counts = new HashMap<>();
        members.forEach(i -> counts.merge(stream.get(i).story(), 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
    }

    /**
     * The join decision, learned like the pairs: replaying each stream on its true stories with the fitted pair
     * model, an article with candidates is a positive when its best candidate is its true story, a negative
     * when its true story is new or ranked below another; every stream weighs the same.
     */
    private static double[] decisionWeights(StoryModel model, List<List<Labelled>> streams, boolean withDense) {
        List<double[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (List<Labelled> stream : streams) {
            int before = x.size();
            Map<ClusterInput, float[]> denseOf = new IdentityHashMap<>();
            stream.forEach(l -> denseOf.put(l.input(), l.dense()));
            StoryClusterer truth = new StoryClusterer(ClusterSettings.forModel(), withDense ? denseOf::get : null,
                    model);
            for (Labelled l : stream) {
                String story = "truth|" + l.story();
                StoryFeatures.Ranking<String> ranking = rank(model,
                        truth.featuresThenPlace(l.input(), story, model.windowDays()));
                if (ranking.best() != null) {
                    x.add(ranking.decision());
                    y.add(ranking.best().equals(story));
                }
            }
            counts.add(x.size() - before);
        }
        List<Double> rowWeights = new ArrayList<>();
        for (int count : counts) {
            rowWeights.addAll(java.util.Collections.nCopies(count, x.size() / (double) (counts.size() * Math.max(1, count))));
        }
        return LogisticFit.fit(x, y, rowWeights, L2);
    }

    private static StoryFeatures.Ranking<String> rank(StoryModel model, Map<String, double[]> candidates) {
        StoryFeatures.Ranking<String> ranking = new StoryFeatures.Ranking<>();
        candidates.forEach((id, features) -> ranking.offer(id, model.probability(features), false));
        return ranking;
    }

    /** Adds the candidate pairs of one stream, built on its true stories. */
    private static void pairs(List<Labelled> stream, boolean withDense, List<double[]> x, List<Boolean> y) {
        Map<ClusterInput, float[]> denseOf = new IdentityHashMap<>();
        stream.forEach(l -> denseOf.put(l.input(), l.dense()));
        StoryClusterer truth = new StoryClusterer(ClusterSettings.forModel(), withDense ? denseOf::get : null,
                new StoryModel(new double[StoryFeatures.NAMES.length], new double[StoryFeatures.DECISION_NAMES.length],
                        0.5, 0.9, WINDOW_DAYS, 0, StoryModel.NEVER, 0));
        for (Labelled l : stream) {
            String story = "truth|" + l.story();
            truth.featuresThenPlace(l.input(), story, WINDOW_DAYS).forEach((candidate, features) -> {
                x.add(features);
                y.add(candidate.equals(story));
            });
        }

    }

    /** The weights by name, heaviest (by absolute value) first, for reports; decision weights last. */
    public static List<Map.Entry<String, Double>> weightsByName(StoryModel model) {
        List<Map.Entry<String, Double>> out = new ArrayList<>();
        double[] w = model.weights();
        for (int i = 0; i < w.length; i++) {
            out.add(Map.entry(StoryFeatures.NAMES[i], w[i]));
        }
        double[] d = model.decision();
        for (int i = 0; i < d.length; i++) {
            out.add(Map.entry("decision: " + StoryFeatures.DECISION_NAMES[i], d[i]));
        }
        out.sort((a, b) -> Double.compare(Math.abs(b.getValue()), Math.abs(a.getValue())));
        return out;
    }

    /**
     * For diagnosis: replays the stream on its true stories and prints, per article of a known story, the
     * model's probability for the true story and for the best wrong candidate, with features, where the
     * decision would go wrong: a missed join (true below the join level) or a wrong story ranked first.
     */
    public static void diagnose(StoryModel model, List<Labelled> stream, boolean withDense, int examples) {
        Map<ClusterInput, float[]> denseOf = new IdentityHashMap<>();
        stream.forEach(l -> denseOf.put(l.input(), l.dense()));
        StoryClusterer truth = new StoryClusterer(ClusterSettings.forModel(), withDense ? denseOf::get : null, model);
        java.util.Set<String> seen = new java.util.HashSet<>();
        int missed = 0;
        int misranked = 0;
        int falseJoins = 0;
        int shown = 0;
        int joins = 0;
        for (Labelled l : stream) {
            String story = "truth|" + l.story();
            Map<String, double[]> candidates = truth.featuresThenPlace(l.input(), story, model.windowDays());
            if (!seen.contains(story) && !candidates.isEmpty()) {
                // A new story's first article: would it join another?
                StoryFeatures.Ranking<String> ranking = rank(model, candidates);
                if (model.joinProbability(ranking) >= model.joinAt()) {
                    falseJoins++;
                    if (shown++ < examples) {
                        System.out.printf("FALSE %s: new story joins %s p %.2f %s%n", l.input().articleId(),
                                ranking.best(), ranking.bestProbability(), fmt(candidates.get(ranking.best())));
                    }
                }
            }
            if (!seen.add(story)) {
                joins++;
                double pTrue = candidates.containsKey(story) ? model.probability(candidates.get(story)) : -1;
                String wrong = null;
                double pWrong = -1;
                for (Map.Entry<String, double[]> c : candidates.entrySet()) {
                    double p = model.probability(c.getValue());
                    if (!c.getKey().equals(story) && p > pWrong) {
                        pWrong = p;
                        wrong = c.getKey();
                    }
                }
                boolean miss = pTrue < model.joinAt();
                boolean rank = pWrong > pTrue && pWrong >= model.joinAt();
                missed += miss ? 1 : 0;
                misranked += rank ? 1 : 0;
                if ((miss || rank) && shown++ < examples) {
                    System.out.printf("%s %s: true p %.2f %s | wrong %s p %.2f %s%n", miss ? "MISS" : "RANK",
                            l.input().articleId(), pTrue, fmt(candidates.get(story)), wrong, pWrong,
                            fmt(wrong == null ? null : candidates.get(wrong)));
                }
            }
        }
        System.out.printf("diagnosis: %d articles of a known story: %d missed joins, %d wrong stories first;"
                + " %d first articles of a story join another%n", joins, missed, misranked, falseJoins);
    }

    private static String fmt(double[] f) {
        if (f == null) {
            return "-";
        }
        StringBuilder out = new StringBuilder("[");
        for (int i = 1; i < f.length; i++) {
            out.append(String.format(java.util.Locale.ROOT, "%.2f ", f[i]));
        }
        return out.append(']').toString();
    }
}
