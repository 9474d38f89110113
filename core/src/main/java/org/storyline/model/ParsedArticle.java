package org.storyline.model;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * One article as a parser or extractor found it in a document, cleaned of page furniture.
 *
 * @param title     the headline without outlet/date suffixes; never blank
 * @param outlet    the publishing outlet ("Al Jazeera"), or null when the page does not say
 * @param url       the article's address, or null
 * @param published when it was published, or null when the page does not say
 * @param section   the section ("Politics"), or null
 * @param author    the byline, or null
 * @param hashtags  hashtags the page gives for it, without '#', in page order
 * @param text      the body: paragraphs separated by a blank line ("\n\n"); never blank
 * @param role      where on the page it was found
 */
public record ParsedArticle(String title, String outlet, URI url, Published published, String section,
                            String author, List<String> hashtags, String text, Role role) {

    /** Where on a page an article was found. */
    public enum Role {
        /** the page's own article */
        MAIN,
        /** an item of a listing page (hashtag, search, section) */
        LISTED,
        /** a "Related Articles" item attached to a main article */
        RELATED
    }

    public ParsedArticle {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(role, "role");
        hashtags = List.copyOf(hashtags);
    }

    /** The paragraphs of the body. */
    public List<String> paragraphs() {
        return List.of(text.split("\n\n"));
    }
}
