package org.storyline.model;

import java.util.Objects;

/**
 * An article with its place in the store: the story it belongs to, and the canonical copy when it is a
 * syndicated or repeated copy of another article.
 *
 * @param article     the article
 * @param duplicateOf the id of the canonical copy, or null when this is the canonical article
 * @param storyId     the story it belongs to
 */
public record StoredArticle(Article article, String duplicateOf, String storyId) {

    public StoredArticle {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(storyId, "storyId");
    }

    public String id() {
        return article.id();
    }

    public boolean isCopy() {
        return duplicateOf != null;
    }
}
