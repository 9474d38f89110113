package org.storyline.source.feed;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * A parsed feed.
 *
 * @param feedUrl  where the feed was fetched from; relative links were resolved against it
 * @param format   the format it was written in
 * @param title    the feed's title, or null when it has none
 * @param siteLink the site the feed belongs to, or null
 * @param items    the items in document order (newest first in most feeds, but not promised)
 */
public record Feed(URI feedUrl, Format format, String title, URI siteLink, List<FeedItem> items) implements FeedResult {

    /** The formats {@link FeedParser} reads. */
    public enum Format { RSS_0_9X, RSS_1_0, RSS_2_0, ATOM_1_0, JSON_FEED_1_0, JSON_FEED_1_1 }

    public Feed {
        Objects.requireNonNull(feedUrl, "feedUrl");
        Objects.requireNonNull(format, "format");
        items = List.copyOf(items);
    }
}
