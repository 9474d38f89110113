package org.storyline.cluster;

/**
 * An extension point: a dense vector per article (a sentence embedding), combined with the TF-IDF similarity
 * when an article is compared with a story. Candidate stories are still found through the term index; the
 * dense signal only re-scores them, so it adds no scan over the archive.
 *
 * <pre>{@code
 * StoryClusterer stories = new StoryClusterer(settings, article -> model.embed(article.title()), 0.3);
 * }</pre>
 */
@FunctionalInterface
public interface DenseSignal {

    /** A unit-length vector for the article; every call must return the same length. */
    float[] vectorOf(ClusterInput article);
}
