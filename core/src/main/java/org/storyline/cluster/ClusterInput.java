package org.storyline.cluster;

import java.time.Instant;
import java.util.Objects;

/**
 * What the clusterer sees of an article.
 *
 * @param articleId the article's stable id
 * @param title     headline
 * @param text      body
 * @param published publication time, or null when unknown
 * @param vector    the article's unit sentence embedding, or null (a clusterer with a dense signal reads it
 *                  through {@code ClusterInput::vector})
 */
public record ClusterInput(String articleId, String title, String text, Instant published, float[] vector) {
    public ClusterInput {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
    }

    /** An article without an embedding. */
    public ClusterInput(String articleId, String title, String text, Instant published) {
        this(articleId, title, text, published, null);
    }
}
