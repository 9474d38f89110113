/**
 * Story clustering: assigns each article to the story it belongs to, online, one article at a time.
 *
 * <p>In: {@link org.storyline.cluster.ClusterInput}s. Out: story ids, stable (a story's id is derived from
 * the article that founded it). An article is compared only with stories found through an inverted index
 * over centroid terms; centroids are time-decayed, capped to their top terms, and weight headlines and
 * name-like terms up; document frequencies update with every article. {@link
 * org.storyline.cluster.ClusteringScores} scores a clustering against labels (NMI, ARI, B-cubed). The
 * clusterer keeps its state in memory; the pipeline replays stored assignments into it with {@code
 * restore} at start. It never touches the store, and it never merges or splits stories after the fact.
 */
package org.storyline.cluster;
