package org.storyline.cluster;

/**
 * The clusterer's parameters. {@link #defaults()} holds the values tuned on the Google News dev set
 * (see bench {@code ClusterBench}); the time-related ones cannot be tuned there (the set has no dates)
 * and are set from how long news stories stay active.
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
 */
public record ClusterSettings(double joinThreshold, double titleWeight, double entityWeight, int centroidTerms,
                              int queryTerms, int postingsPerTerm, double halfLifeDays, double quietDays,
                              double quietThreshold) {

    public ClusterSettings {
        if (joinThreshold <= 0 || joinThreshold >= 1 || quietThreshold < joinThreshold) {
            throw new IllegalArgumentException("cluster: need 0 < joinThreshold <= quietThreshold < 1");
        }
        if (titleWeight < 0 || entityWeight < 1 || centroidTerms < 1 || queryTerms < 1 || postingsPerTerm < 1) {
            throw new IllegalArgumentException("cluster: titleWeight must be >= 0, other weights and sizes >= 1");
        }
        if (halfLifeDays <= 0 || quietDays <= 0) {
            throw new IllegalArgumentException("cluster: halfLifeDays and quietDays must be positive");
        }
    }

    /** The tuned defaults. */
    public static ClusterSettings defaults() {
        return new ClusterSettings(0.18, 3, 1.5, 40, 12, 500, 3, 14, 0.5);
    }

    /** These settings with another join threshold (for sweeps). */
    public ClusterSettings withJoinThreshold(double threshold) {
        return new ClusterSettings(threshold, titleWeight, entityWeight, centroidTerms, queryTerms, postingsPerTerm,
                halfLifeDays, quietDays, Math.max(threshold, quietThreshold));
    }
}
