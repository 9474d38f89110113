package org.storyline.source.feed;

import java.net.URI;
import java.util.Objects;

/**
 * A feed URL found for a page.
 *
 * @param url        the absolute feed URL
 * @param title      the link's title attribute, or null
 * @param mediaType  the declared type ({@code application/rss+xml}...), or null for a guess
 * @param confidence how sure we are that a feed is there
 */
public record FeedCandidate(URI url, String title, String mediaType, Confidence confidence) {

    /** Declared by the page, or guessed from common paths. */
    public enum Confidence { DECLARED, GUESSED }

    public FeedCandidate {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(confidence, "confidence");
    }
}
