package org.storyline.model;

/**
 * A stretch of an article's text, a few sentences long, with the sentence embedding of what it says: what
 * semantic search matches a query against when the headline and lead do not say it.
 *
 * <pre>{@code
 * new Passage(812, 1190, vector)   // article.text().substring(812, 1190) is the passage
 * }</pre>
 *
 * @param start  offset of its first character in the article's text
 * @param end    offset just past its last character
 * @param vector its unit-length embedding
 */
public record Passage(int start, int end, float[] vector) {

    public Passage {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("passage: bad range " + start + ".." + end);
        }
    }
}
