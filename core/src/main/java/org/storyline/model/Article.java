package org.storyline.model;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * An article as the store keeps it: a {@link ParsedArticle} with its stable id and provenance.
 *
 * <p>The id comes from {@link ArticleIds}: the same outlet and headline always give the same id, so
 * ingesting a page twice, or the same article from two pages, lands on one row.
 *
 * @param id        stable id, 12 lowercase base-32 characters
 * @param title     headline
 * @param outlet    outlet name, or null
 * @param url       address, or null
 * @param published publication time, or null
 * @param section   section, or null
 * @param author    byline, or null
 * @param language  ISO 639-1 code ("en"), or null when unknown
 * @param hashtags  hashtags without '#'
 * @param text      body, paragraphs separated by "\n\n"
 * @param origin    the document it was first taken from (file path or URL)
 */
public record Article(String id, String title, String outlet, URI url, Published published, String section,
                      String author, String language, List<String> hashtags, String text, String origin) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        hashtags = List.copyOf(hashtags);
    }

    /** Number of words in the body. */
    public int wordCount() {
        return text.isBlank() ? 0 : text.trim().split("\\s+").length;
    }
}
