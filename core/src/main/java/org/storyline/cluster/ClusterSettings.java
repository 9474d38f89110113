package org.storyline.cluster;

/**
 * The clusterer's parameters. {@link #defaults()} is for full articles: threshold, headline and name
 * weights, young-story margin and idf prior chosen on the hand-labelled seed articles (over 40 arrival
 * orders); {@link #forHeadlines()} lowers the threshold for headline-only input, tuned on the Google News
 * set (bench {@code ClusterBench}). The time-related values cannot be tuned on either (no dates in the
 * Google News set) and are set from how long news stories stay active.
 *
 * @param joinThreshold   minimum cosine between an article and a story centroid to join the story
 * @param titleWeight     length of the headline's part of an article vector relative to the body's
 * @param entityWeight    multiplier for terms written capitalised inside a sentence (names, places)
 * @param centroidTerms   terms kept in a story's centroid and posted to the inverted index
 * @param queryTerms      an article's highest-weighted terms used to look up candidate stories
 * @param postingsPerTerm most recent stories read per query term, bounding lookup cost for common terms
 * @param halfLifeDays    age, relative to a story's newest article, at which an article counts half
 * @param quietDays       gap after which a story stops attracting articles...
 * @param quietThreshold  ...unless their cosine reaches this
 * @param youngMargin     extra similarity needed to join a story of n articles: youngMargin / n
 * @param priorDocuments  documents assumed seen before the stream, holding none of its terms (idf prior)
 * @param mergeThreshold  minimum cosine between two story centroids for the younger story to merge into the
 *                        older one (chapters of one story that began apart); above 1 never merges
 */
public record ClusterSettings(double joinThreshold, double titleWeight, double entityWeight, int centroidTerms,
                              int queryTerms, int postingsPerTerm, double halfLifeDays, double quietDays,
                              double quietThreshold, double youngMargin, double priorDocuments,
                              double mergeThreshold) {

    /** Chosen on the seed articles over 40 arrival orders: 0.35 gives 37/40 exact, 0.40-0.45 give 39/40, 0.5 36/40. */
    static final double MERGE = 0.42;

    public ClusterSettings {
        if (joinThreshold <= 0 || joinThreshold >= 1 || quietThreshold < joinThreshold) {
            throw new IllegalArgumentException("cluster: need 0 < joinThreshold <= quietThreshold < 1");
        }
        if (titleWeight < 0 || entityWeight < 1 || centroidTerms < 1 || queryTerms < 1 || postingsPerTerm < 1) {
            throw new IllegalArgumentException("cluster: titleWeight must be >= 0, other weights and sizes >= 1");
        }
        if (youngMargin < 0 || priorDocuments < 0) {
            throw new IllegalArgumentException("cluster: youngMargin and priorDocuments must be >= 0");
        }
        if (halfLifeDays <= 0 || quietDays <= 0) {
            throw new IllegalArgumentException("cluster: halfLifeDays and quietDays must be positive");
        }
    }

    /** The tuned defaults. */
    public static ClusterSettings defaults() {
        return new ClusterSettings(0.26, 1.0, 3.0, 40, 12, 500, 3, 14, 0.5, 0.1, 1000, MERGE);
    }

    /**
     * For full articles placed by a learned {@link StoryModel}: the thresholds are the model's; centroids keep
     * 100 terms (40 lose recall on articles of a few hundred words: bench StoryTune, centroid 200 terms lifts
     * gvc-dev fit B3 recall 0.860 → 0.880), still bounded for a million stored articles; the headline is 0.3 of
     * the vector's length, not 1 (bench StoryTune -Dsweep, fit parts, best common threshold each: B3-F1
     * ecbplus 0.811 → 0.875, gvc 0.930 → 0.956), its own cosine being a feature of the model; each query term
     * reads its 100 most recent stories (the model's 30-day window makes older postings useless), no idf prior.
     */
    public static ClusterSettings forModel() {
        ClusterSettings d = defaults();
        return new ClusterSettings(d.joinThreshold, 0.3, d.entityWeight, 100, d.queryTerms, 100, d.halfLifeDays, d.quietDays, d.quietThreshold, d.youngMargin, 0,
                d.mergeThreshold);
    }

    /**
     * For headline-only input (no body): cosines between a few words run lower, so the threshold does
     * too. Tuned on half of the Google News set (th 0.10, margin 0.1, no idf prior), scored on the other.
     */
    public static ClusterSettings forHeadlines() {
        return defaults().withJoin(0.10, 0.1, 0);
    }

    /** These settings with other join thresholds and idf prior (for sweeps). */
    public ClusterSettings withJoin(double threshold, double margin, double prior) {
        return new ClusterSettings(threshold, titleWeight, entityWeight, centroidTerms, queryTerms, postingsPerTerm,
                halfLifeDays, quietDays, Math.max(threshold, quietThreshold), margin, prior, mergeThreshold);
    }

    /** These settings with another merge threshold (above 1: never merge). */
    public ClusterSettings withMerge(double threshold) {
        return new ClusterSettings(joinThreshold, titleWeight, entityWeight, centroidTerms, queryTerms, postingsPerTerm,
                halfLifeDays, quietDays, quietThreshold, youngMargin, priorDocuments, threshold);
    }
}
