package org.storyline.index;

/**
 * One search result.
 *
 * @param articleId the article
 * @param score     BM25 score (higher is better)
 * @param snippet   a passage of the text with the matches wrapped in {@code \u0001…\u0002} markers, so the
 *                  page can escape the text first and then turn the markers into {@code <mark>}
 */
public record SearchHit(String articleId, float score, String snippet) {

    /** Marks the start of a highlighted match in {@link #snippet()}. */
    public static final char MATCH_START = '\u0001';
    /** Marks the end of a highlighted match in {@link #snippet()}. */
    public static final char MATCH_END = '\u0002';
}
