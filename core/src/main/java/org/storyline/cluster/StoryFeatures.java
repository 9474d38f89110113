package org.storyline.cluster;

/**
 * The features of an article (or a story) against a candidate story, after Miranda et al., "Multilingual
 * Clustering of Streaming News" (EMNLP 2018): several similarities, each cheap, combined by a model learned
 * from labelled pairs ({@link StoryModel}) instead of one hand-set threshold on one cosine. Beyond their
 * TF-IDF and dense cosines, what tells two look-alike events apart (two earthquakes, two shootings told in the
 * same words) is who, where and when: shared people, places and organisations weighted by rarity, a place or
 * person named by both and shared by neither, numbers in common, and the gap in time.
 */
final class StoryFeatures {

    static final String[] NAMES = {"bias", "tfidf cosine", "headline cosine", "embedding cosine", "shared people",
        "shared places", "shared organisations", "people conflict", "place conflict", "shared numbers",
        "log days apart", "year conflict", "log story size"};

    static final int DENSE = 3;

    static final int SHARED_PEOPLE = 4;

    /** The join decision's features: how sure the best candidate is, and its lead over the runner-up. */
    static final String[] DECISION_NAMES = {"bias", "best logit", "lead over runner-up", "log candidates"};

    private static final double LOGIT_CAP = 12;

    private static final double SECONDS_PER_DAY = 86_400;

    private StoryFeatures() {
    }

    /** The features of {@code a} against story {@code s}; {@code NAMES} names them. */
    static double[] of(Profile a, Profile s) {
        double[] f = new double[NAMES.length];
        f[0] = 1;
        f[1] = a.all().dot(s.all());
        f[2] = a.title().dot(s.title());
        f[DENSE] = cosine(a.dense(), s.dense());
        for (int type = 0; type < 3; type++) {
            double shared = a.names()[type].coverage(s.names()[type]);
            f[4 + type] = shared;
            if (type < 2 && a.names()[type].size() > 0 && s.names()[type].size() > 0 && shared == 0) {
                f[7 + type] = 1;
            }
        }
        f[9] = a.numbers().size() > 0 && s.numbers().size() > 0 ? a.numbers().coverage(s.numbers()) : 0;
        if (a.dated() && s.dated()) {
            long gap = Math.max(0, Math.max(s.oldest() - a.newest(), a.oldest() - s.newest()));
            f[10] = Math.log1p(gap / SECONDS_PER_DAY);
        }
        f[11] = a.years().size() > 0 && s.years().size() > 0 && a.years().coverage(s.years()) == 0 ? 1 : 0;
        f[12] = Math.log(s.size());
        return f;
    }

    /**
     * The candidates of one article ranked by pair probability as they are offered: the best and the runner-up,
     * from which the join decision's features come.
     *
     * @param <T> what a candidate is (a story, a story id)
     */
    static final class Ranking<T> {
        private T best;
        private double bestP = -1;
        private double secondP;
        private int count;

        /** Offers a candidate; {@code winsTies} when it takes the lead from an equally probable best. */
        void offer(T candidate, double p, boolean winsTies) {
            count++;
            if (p > bestP || p == bestP && winsTies) {
                secondP = Math.max(secondP, bestP);
                best = candidate;
                bestP = p;
            } else {
                secondP = Math.max(secondP, p);
            }
        }

        T best() {
            return best;
        }

        double bestProbability() {
            return bestP;
        }

        /** The runner-up's probability; 0 when there is none (then the lead is measured from the logit floor). */
        double secondProbability() {
            return secondP;
        }

        /** Candidates offered. */
        int count() {
            return count;
        }

        /** The join decision's features ({@code DECISION_NAMES}); only when there is a best. */
        double[] decision() {
            double b = logit(bestP);
            return new double[] {1, b, b - logit(secondP), Math.log1p(count)};
        }
    }

    private static double logit(double p) {
        double q = Math.min(Math.max(p, 1e-6), 1 - 1e-6);
        return Math.max(-LOGIT_CAP, Math.min(LOGIT_CAP, Math.log(q / (1 - q))));
    }

    private static double cosine(float[] a, float[] b) {
        if (a == null || b == null) {
            return 0;
        }
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
