package org.storyline.bench.cluster;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.storyline.cluster.ClusteringScores;
import org.storyline.cluster.PairwiseScores;
import org.storyline.cluster.StoryModel;
import org.storyline.cluster.StoryModelTrainer;

/**
 * Retrains the shipped story models from labelled JSONL: fits on the fit part of every set (whole stories, or
 * whole topics, chosen by label hash: {@link LabelledArticles#part}), reports the held-back part, and writes
 * {@code story-model.tsv} (with embeddings) and {@code story-model-tfidf.tsv} (without) into OUT_DIR. A set after
 * {@code --whole} is fitted whole (the hand-labelled seed articles, which must come out exactly right).
 *
 * <pre>
 * bin/bench StoryModelFit core/src/main/resources/org/storyline/cluster \
 *     --whole core/src/test/resources/cluster/seed-articles.jsonl \
 *     ../shared/bench/stories/ecbplus-dev.jsonl ../shared/bench/stories/gvc-dev.jsonl
 * </pre>
 */
public final class StoryModelFit {

    /**
     * The part fitted on: 0, as shipped; {@code -Dfit.part=1} fits on the other part and reports the shipped fit
     * part as held back (a second held-back figure, for judging a change on both halves).
     */
    private static final int FIT_PART = Integer.getInteger("fit.part", 0);

    /**
     * {@code -Dfit.pairs=shipped}: keep the shipped models' pair weights, link-cut and follow-up levels and fit only
     * the join decision (its weights, the join and merge levels) on the current inputs.
     */
    private static final boolean KEEP_PAIRS = "shipped".equals(System.getProperty("fit.pairs"));

    private StoryModelFit() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: StoryModelFit OUT_DIR FILE.jsonl...");
            System.exit(2);
        }
        ProductionInputs inputs = new ProductionInputs();
        List<String> names = new ArrayList<>();
        List<List<StoryModelTrainer.Labelled>> fit = new ArrayList<>();
        List<List<StoryModelTrainer.Labelled>> heldBack = new ArrayList<>();

        for (int i = 1; i < args.length; i++) {
            boolean whole = args[i].equals("--whole");
            LabelledArticles set = LabelledArticles.read(Path.of(args[whole ? ++i : i]));
            names.add(set.name());

            fit.add(inputs.of(whole ? set : set.part(FIT_PART)));
            heldBack.add(inputs.of(whole ? set : set.part(1 - FIT_PART)));
        }
        String which = System.getProperty("fit.dense", "both");
        for (boolean dense : which.equals("both") ? new boolean[] {true, false} : new boolean[] {Boolean.parseBoolean(which)}) {
            StoryModel model = KEEP_PAIRS ? StoryModelTrainer.refitDecisions(StoryModel.shipped(dense), fit, dense)
                    : StoryModelTrainer.fit(fit, dense);
            StringBuilder report = new StringBuilder("Fitted by bench StoryModelFit " + (dense ? "with" : "without")
                    + " sentence embeddings on the fit parts of: " + String.join(", ", names)
                    + (KEEP_PAIRS ? " (-Dfit.pairs=shipped: the join decision only; pair weights, split and follow-up as shipped before)" : "") + "\n");
            for (int s = 0; s < names.size(); s++) {
                report.append(line(names.get(s) + " fit", model, fit.get(s), dense)).append('\n');
                report.append(line(names.get(s) + " held-back", model, heldBack.get(s), dense)).append('\n');
            }
            report.append("weights, heaviest first:");
            for (Map.Entry<String, Double> w : StoryModelTrainer.weightsByName(model)) {
                report.append(String.format(" %s %.2f;", w.getKey(), w.getValue()));
            }
            System.out.println(report);
            System.out.println(model);
            Path out = Path.of(args[0]).resolve(dense ? "story-model.tsv" : "story-model-tfidf.tsv");
            Files.writeString(out, model.write(report.toString()), StandardCharsets.UTF_8);
        }
    }

    private static String line(String name, StoryModel model, List<StoryModelTrainer.Labelled> set, boolean dense) {
        List<String> truth = set.stream().map(StoryModelTrainer.Labelled::story).toList();
        int[] merges = new int[4];
        List<String> predicted = StoryModelTrainer.cluster(model, set, dense, merges);
        ClusteringScores b3 = ClusteringScores.of(truth, predicted);
        PairwiseScores pairs = PairwiseScores.of(truth, predicted);
        return String.format("%-22s B3 P %.3f R %.3f F1 %.3f  pair P %.3f R %.3f F1 %.3f  stories %d (%d)  merges %d (wrong %d)  splits %d (wrong %d)", name,
                b3.bcubedPrecision(), b3.bcubedRecall(), b3.bcubedF1(), pairs.precision(), pairs.recall(), pairs.f1(),
                predicted.stream().distinct().count(), truth.stream().distinct().count(), merges[0], merges[1], merges[2], merges[3]);
    }
}
