package org.storyline.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The learned similarity: a logistic regression over {@link StoryFeatures} giving the probability that an
 * article belongs to a candidate story, with the probability an article needs to join its best candidate
 * (below it the article founds a new story: the learned "new story" decision) and the probability a merge of
 * two stories needs, both from the article's side and between the two stories.
 *
 * <pre>{@code
 * StoryModel model = StoryModel.shipped(true);
 * double p = model.probability(features);
 * }</pre>
 *
 * <p>Shipped as {@code story-model.tsv} (with a dense signal) and {@code story-model-tfidf.tsv} (without), written
 * by the bench's {@code StoryModelFit} from labelled JSONL; each file says what it was fitted on.
 *
 * @param weights        one per feature, in {@link StoryFeatures#NAMES} order
 * @param decision       weights of the join decision over {@link StoryFeatures#DECISION_NAMES}: how sure the best
 *                       candidate is, and how far ahead of the runner-up (a relative judgement, as one story's
 *                       reports can share few words yet still stand far above every other story)
 * @param joinAt         probability of the join decision an article needs to join its best candidate story
 * @param mergeAt        probability both a second story (for the article) and the pair of stories need to merge
 * @param windowDays     a story whose span ends more than this many days from the article is no candidate
 * @param splitAt        average pair probability below which two groups of a story's members are two stories
 *                       ({@link LinkCut}); 0 never splits
 * @param followUpAt     pair probability a story beyond the window needs to take an article that would otherwise
 *                       found a story (a follow-up months later: an arrest, a trial); above 1 never
 * @param joinPairAt     pair probability the best candidate needs before the join decision is asked at all: the
 *                       decision weighs the lead over the runner-up, and a lone candidate leads by the whole logit
 *                       range, so without a floor it joins an article the pair model gives 5% (a hunter shot in
 *                       Colorado joined a North Carolina story, its only candidate in the window)
 */
public record StoryModel(double[] weights, double[] decision, double joinAt, double mergeAt, double windowDays,
                         double splitAt, double followUpAt, double joinPairAt) {

    public StoryModel {
        if (weights.length != StoryFeatures.NAMES.length || decision.length != StoryFeatures.DECISION_NAMES.length) {
            throw new IllegalArgumentException("cluster: a story model needs " + StoryFeatures.NAMES.length
                    + " pair weights and " + StoryFeatures.DECISION_NAMES.length + " decision weights");
        }
        weights = weights.clone();
        decision = decision.clone();
    }

    /** The shipped model for input with ({@code dense}) or without a dense signal. */
    public static StoryModel shipped(boolean dense) {
        String name = dense ? "story-model.tsv" : "story-model-tfidf.tsv";
        try (InputStream in = StoryModel.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("cluster: " + name + " is missing from the build");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cluster: cannot read " + name, e);
        }
    }

    /** A {@code followUpAt} that no probability reaches. */
    public static final double NEVER = 2;

    /** Reads a model file: {@code key<TAB>value} lines, # comments. */
    public static StoryModel read(InputStream in) throws IOException {
        Map<String, Double> values = new LinkedHashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = reader.readLine()) != null; ) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] kv = line.split("\t");
                values.put(kv[0], Double.parseDouble(kv[1]));
            }
        }
        return new StoryModel(named(values, "weight ", StoryFeatures.NAMES),
                named(values, "decision ", StoryFeatures.DECISION_NAMES), values.getOrDefault("join", 0.5),
                values.getOrDefault("merge", 0.9), values.getOrDefault("window-days", 60.0),
                values.getOrDefault("split", 0.0), values.getOrDefault("follow-up", NEVER),
                values.getOrDefault("join-pair", 0.0));
    }

    private static double[] named(Map<String, Double> values, String prefix, String[] names) {
        double[] w = new double[names.length];
        for (int i = 0; i < w.length; i++) {
            Double v = values.get(prefix + names[i]);
            if (v == null) {
                throw new IllegalArgumentException("cluster: the model has no " + prefix + names[i]);
            }
            w[i] = v;
        }
        return w;
    }

    /** The model as a file {@link #read} takes, after {@code comment} lines. */
    public String write(String comment) {
        StringBuilder out = new StringBuilder();
        comment.lines().forEach(l -> out.append("# ").append(l).append('\n'));
        out.append(String.format(Locale.ROOT,
                "join\t%.3f%njoin-pair\t%.3f%nmerge\t%.3f%nwindow-days\t%.1f%nsplit\t%.3f%nfollow-up\t%.3f%n",
                joinAt, joinPairAt, mergeAt, windowDays, splitAt, followUpAt));
        for (int i = 0; i < weights.length; i++) {
            out.append(String.format(Locale.ROOT, "weight %s\t%.5f%n", StoryFeatures.NAMES[i], weights[i]));
        }
        for (int i = 0; i < decision.length; i++) {
            out.append(String.format(Locale.ROOT, "decision %s\t%.5f%n", StoryFeatures.DECISION_NAMES[i], decision[i]));
        }
        return out.toString();
    }

    /** These weights with other decision probabilities. */
    public StoryModel withDecisions(double join, double merge) {
        return new StoryModel(weights, decision, join, merge, windowDays, splitAt, followUpAt, joinPairAt);
    }

    /** These weights with another split level. */
    public StoryModel withSplit(double split) {
        return new StoryModel(weights, decision, joinAt, mergeAt, windowDays, split, followUpAt, joinPairAt);
    }

    /** These weights with another follow-up level ({@link #NEVER}: stories beyond the window take no article). */
    public StoryModel withFollowUp(double followUp) {
        return new StoryModel(weights, decision, joinAt, mergeAt, windowDays, splitAt, followUp, joinPairAt);
    }

    /** These weights with another floor on the best candidate's pair probability for a join. */
    public StoryModel withJoinPair(double joinPair) {
        return new StoryModel(weights, decision, joinAt, mergeAt, windowDays, splitAt, followUpAt, joinPair);
    }

    /** These pair weights with join-decision weights. */
    StoryModel withDecisionWeights(double[] weights) {
        return new StoryModel(this.weights, weights, joinAt, mergeAt, windowDays, splitAt, followUpAt, joinPairAt);
    }

    /** The probability that the features describe an article of the story. */
    double probability(double[] features) {
        return sigmoid(weights, features);
    }

    /**
     * The probability that the article belongs to its best candidate, from the join-decision features; 0 when
     * there is no candidate or the best one's pair probability is below {@link #joinPairAt}.
     */
    double joinProbability(StoryFeatures.Ranking<?> ranking) {
        if (ranking.best() == null || ranking.bestProbability() < joinPairAt) {
            return 0;
        }
        return sigmoid(decision, ranking.decision());
    }

    private static double sigmoid(double[] w, double[] f) {
        double z = 0;
        for (int i = 0; i < w.length; i++) {
            z += w[i] * f[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    @Override
    public double[] decision() {
        return decision.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoryModel m && Arrays.equals(weights, m.weights) && Arrays.equals(decision, m.decision)
                && joinAt == m.joinAt
                && mergeAt == m.mergeAt && windowDays == m.windowDays && splitAt == m.splitAt
                && followUpAt == m.followUpAt && joinPairAt == m.joinPairAt;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(weights) * 31 + Double.hashCode(joinAt);
    }

    @Override
    public String toString() {
        return write("").strip();
    }
}
