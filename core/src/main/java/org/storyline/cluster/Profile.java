package org.storyline.cluster;

/**
 * What the learned similarity compares: an article's or a story's TF-IDF vector (headline and body), its
 * headline vector, the names it gives by type (people, places, organisations; weights are rarity), the
 * numbers it gives, its dense vector, its time span and size. An article and a story have the same shape, so
 * a merge of two stories is judged by the same features as an article joining one.
 *
 * @param all     unit TF-IDF vector (headline and body), or a story's centroid
 * @param title   unit TF-IDF vector of the headline(s)
 * @param names   per type (0 people, 1 places, 2 organisations): name id to idf weight (summed over members)
 * @param numbers number id to count
 * @param years   years named (1900-2099): an event's year, or the years its history gives
 * @param dense   dense vector (a story's: the sum of its members'), or null
 * @param oldest  earliest publication time, epoch seconds; {@link Long#MIN_VALUE} in newest when undated
 * @param newest  latest publication time, epoch seconds, or {@link Long#MIN_VALUE} when undated
 * @param size    articles
 */
record Profile(SparseVector all, SparseVector title, SparseVector[] names, SparseVector numbers, SparseVector years, float[] dense,
               long oldest, long newest, int size) {

    boolean dated() {
        return newest != Long.MIN_VALUE;
    }
}
