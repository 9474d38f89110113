package org.storyline.enrich.summary;

import java.util.Objects;

/**
 * An article to summarise.
 *
 * @param articleId its id
 * @param text      its body
 */
public record SummaryInput(String articleId, String text) {

    public SummaryInput {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(text, "text");
    }
}
