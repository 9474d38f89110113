/**
 * Story clustering: assigns each article to the story it belongs to, online, one article at a time.
 *
 * <p>In: {@link org.storyline.cluster.ClusterInput}s. Out: story ids, stable (a story's id is derived from
 * the article that founded it). The clusterer keeps its state in memory; the pipeline replays stored
 * assignments into it with {@code restore} at start. It never touches the store.
 */
package org.storyline.cluster;
