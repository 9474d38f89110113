package org.storyline.pipeline;

import java.util.List;
import java.util.Map;
import org.storyline.cluster.StoryClusterer;
import org.storyline.model.Article;

/**
 * What the pipeline decided for one article, before anything is written: a value the apply step turns into
 * writes. Decided by {@link StoryPlacer} in input order.
 */
sealed interface Placement {

    /** The prepared article (the version to store, with its findings). */
    PreparedArticle prepared();

    default Article article() {
        return prepared().article();
    }

    /** The story the article is in once the placement is applied (before any split the write leads to). */
    String storyId();

    /** The article is stored already, exactly so, in story {@code storyId}. */
    record Unchanged(PreparedArticle prepared, String storyId) implements Placement {}

    /**
     * A stored article takes a new version: a fuller sighting combined with it, or a feed item that changed.
     *
     * @param prepared the new version with its findings
     * @param storyId  the story the stored article is in
     */
    record Update(PreparedArticle prepared, String storyId) implements Placement {}

    /**
     * A new article that copies a stored one (syndication): it joins that article's duplicate group and story.
     *
     * @param canonicalId the group's original
     * @param leads       true when the new article becomes the group's original (it is earlier, or fuller)
     * @param storyId     the group's story
     */
    record Copy(PreparedArticle prepared, String canonicalId, boolean leads, String storyId) implements Placement {}

    /**
     * A new original, placed in a story by the clusterer.
     *
     * @param storyId the story it joins or starts (the surviving id when stories merged)
     * @param merges  stories the article bridged: merged id → surviving id
     */
    record Placed(PreparedArticle prepared, String storyId, Map<String, String> merges) implements Placement {
        public Placed {
            merges = Map.copyOf(merges);
        }
    }

    /** A split a story's drift called for (see {@link StoryClusterer#splitIfDrifted}). */
    record Split(String from, String to, List<String> moved) {}
}
