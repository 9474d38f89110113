package org.storyline.cluster;

import java.time.Instant;

/**
 * A story's state: the time-decayed sum of its members' unit TF-IDF vectors, the centroid derived from
 * it, and the span of its members' publication times.
 *
 * <p>Each member counts {@code 0.5^(age / halfLife)}, where age is measured back from the story's newest
 * member, so the centre follows the latest reporting. The weights depend only on the members' times, not
 * on the order they arrived in, which is what keeps the centroid independent of input order.
 */
final class Story {

    private static final double SECONDS_PER_DAY = 86_400;
    /** Names and numbers kept per story: enough for who and where, bounded for a million stories. */
    private static final int NAMES_KEPT = 24;

    final String id;
    final int number;
    private SparseVector sums = SparseVector.EMPTY;
    private SparseVector centroid = SparseVector.EMPTY;
    private long oldest = Long.MAX_VALUE;
    private long newest = Long.MIN_VALUE;
    private int size;
    /** Sum of the members' headline vectors and its unit form (the learned similarity's headline feature). */
    private SparseVector titleSums = SparseVector.EMPTY;
    private SparseVector titleCentroid = SparseVector.EMPTY;
    /** Per type (people, places, organisations): the members' name weights summed, the heaviest kept. */
    private final SparseVector[] names = {SparseVector.EMPTY, SparseVector.EMPTY, SparseVector.EMPTY};
    private SparseVector numbers = SparseVector.EMPTY;
    private SparseVector years = SparseVector.EMPTY;
    /** Sum of the members' dense vectors, or null without a dense signal. */
    private float[] denseSum;
    /** The story this one was merged into, or null while it stands on its own. */
    Story mergedInto;
    /** The story this one was cut from by a link cut, or null: the two are never merged back. */
    Story cutFrom;

    Story(String id, int number) {
        this.id = id;
        this.number = number;
    }

    /**
     * Adds a member's unit vector published at {@code published} (null when unknown: counted at full
     * weight). Returns the previous centroid so the index can post the terms that are new.
     */
    SparseVector add(SparseVector member, Instant published, ClusterSettings settings) {
        double weight = 1;
        if (published != null) {
            long t = published.getEpochSecond();
            if (newest == Long.MIN_VALUE) {
                newest = t;
            } else if (t > newest) {
                sums = sums.scaled(halfLives(t - newest, settings));
                newest = t;
            } else {
                weight = halfLives(newest - t, settings);
            }
            oldest = Math.min(oldest, t);
        }
        size++;
        SparseVector before = centroid;
        // Terms beyond a few times the centroid size never come back into it; dropping them bounds memory.
        sums = sums.plus(member, weight).top(settings.centroidTerms() * 3);
        centroid = sums.top(settings.centroidTerms()).normalised();
        return before;
    }

    /**
     * Takes in every member of {@code other} (a story found to be another chapter of this one), aligning the
     * two decayed sums on the newer of the two newest members. Returns the previous centroid.
     */
    SparseVector absorb(Story other, ClusterSettings settings) {
        SparseVector before = centroid;
        long common = Math.max(newest, other.newest);
        SparseVector mine = newest == Long.MIN_VALUE ? sums : sums.scaled(halfLives(common - newest, settings));
        SparseVector theirs = other.newest == Long.MIN_VALUE ? other.sums
                : other.sums.scaled(halfLives(common - other.newest, settings));
        sums = mine.plus(theirs, 1).top(settings.centroidTerms() * 3);
        centroid = sums.top(settings.centroidTerms()).normalised();
        newest = common;
        oldest = Math.min(oldest, other.oldest);
        size += other.size;
        if (other.denseSum != null) {
            addDense(other.denseSum);
        }
        addDetails(new Profile(other.centroid, other.titleSums, other.names, other.numbers, other.years, null, 0, 0, 0));
        other.mergedInto = this;
        return before;
    }

    /**
     * Forgets every member, so the story can be rebuilt from a subset of them (after a split). Returns the
     * centroid it had, which the index keeps posted (postings are never removed).
     */
    SparseVector clear() {
        SparseVector before = centroid;
        sums = SparseVector.EMPTY;
        centroid = SparseVector.EMPTY;
        oldest = Long.MAX_VALUE;
        newest = Long.MIN_VALUE;
        size = 0;
        denseSum = null;
        titleSums = SparseVector.EMPTY;
        titleCentroid = SparseVector.EMPTY;
        java.util.Arrays.fill(names, SparseVector.EMPTY);
        numbers = SparseVector.EMPTY;
        years = SparseVector.EMPTY;
        return before;
    }

    /** Takes in what the learned similarity compares beyond the centroid: headline, names and numbers. */
    void addDetails(Profile member) {
        titleSums = titleSums.plus(member.title(), 1).top(NAMES_KEPT * 2);
        titleCentroid = titleSums.normalised();
        for (int type = 0; type < 3; type++) {
            names[type] = names[type].plus(member.names()[type], 1).top(NAMES_KEPT);
        }
        numbers = numbers.plus(member.numbers(), 1).top(NAMES_KEPT);
        years = years.plus(member.years(), 1).top(NAMES_KEPT);
    }

    /** This story as the learned similarity sees it. */
    Profile profile() {
        return new Profile(centroid, titleCentroid, names, numbers, years, denseSum, oldest, newest, size);
    }

    /** Days between this story's time span and {@code other}'s; 0 when they overlap or either is undated. */
    double gapDays(Story other) {
        if (newest == Long.MIN_VALUE || other.newest == Long.MIN_VALUE) {
            return 0;
        }
        long gap = Math.max(other.oldest - newest, oldest - other.newest);
        return Math.max(0, gap) / SECONDS_PER_DAY;
    }

    /** Adds a member's dense vector to the story's sum (used only when a {@link DenseSignal} is configured). */
    void addDense(float[] vector) {
        if (denseSum == null) {
            denseSum = new float[vector.length];
        }
        for (int i = 0; i < vector.length; i++) {
            denseSum[i] += vector[i];
        }
    }

    /** Cosine between a unit vector and the story's mean dense vector; 0 when the story has none. */
    double denseCosine(float[] vector) {
        if (denseSum == null || vector == null) {
            return 0;
        }
        double dot = 0;
        double norm = 0;
        for (int i = 0; i < vector.length; i++) {
            dot += vector[i] * denseSum[i];
            norm += denseSum[i] * denseSum[i];
        }
        return norm == 0 ? 0 : dot / Math.sqrt(norm);
    }

    /** The story standing for this one: itself, or the story it was merged into. */
    Story root() {
        Story story = this;
        while (story.mergedInto != null) {
            story = story.mergedInto;
        }
        return story;
    }

    /** Days between {@code published} and the nearest end of this story's time span; 0 inside or unknown. */
    double gapDays(Instant published) {
        if (published == null || newest == Long.MIN_VALUE) {
            return 0;
        }
        long t = published.getEpochSecond();
        long gap = t > newest ? t - newest : t < oldest ? oldest - t : 0;
        return gap / SECONDS_PER_DAY;
    }

    SparseVector centroid() {
        return centroid;
    }

    int size() {
        return size;
    }

    private static double halfLives(long seconds, ClusterSettings settings) {
        return Math.pow(0.5, seconds / SECONDS_PER_DAY / settings.halfLifeDays());
    }
}
