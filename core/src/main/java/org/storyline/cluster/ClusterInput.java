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
 */
public record ClusterInput(String articleId, String title, String text, Instant published) {
    public ClusterInput {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
    }
}
