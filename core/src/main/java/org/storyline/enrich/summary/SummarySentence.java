package org.storyline.enrich.summary;

import java.util.Objects;

/**
 * A sentence picked for a summary, with where it comes from.
 *
 * @param text      the sentence as the article wrote it
 * @param articleId the article
 * @param position  its index among the article's sentences (0 = first)
 * @param score     its relevance to what it summarises, 0 to about 1.1
 */
public record SummarySentence(String text, String articleId, int position, double score) {

    public SummarySentence {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(articleId, "articleId");
    }
}
