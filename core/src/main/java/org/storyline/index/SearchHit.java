package org.storyline.index;

/**
 * One search result.
 *
 * @param articleId the article
 * @param score     BM25 score (higher is better)
 * @param snippet   a passage of the text with the matches wrapped in {@code \u0001…\u0002} markers, so the
 *                  page can escape the text first and then turn the markers into {@code <mark>}
 * @param copies    how many republished copies of the same original also matched and were folded into this
 *                  result (the index counts a duplicate group once); 0 when the index does not fold copies
 */
public record SearchHit(String articleId, float score, String snippet, int copies) {

    /** Marks the start of a highlighted match in {@link #snippet()}. */
    public static final char MATCH_START = '\u0001';
    /** Marks the end of a highlighted match in {@link #snippet()}. */
    public static final char MATCH_END = '\u0002';

    /** A result with no copies folded into it. */
    public SearchHit(String articleId, float score, String snippet) {
        this(articleId, score, snippet, 0);
    }
}
