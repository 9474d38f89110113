package org.storyline.web;

import java.util.List;

/**
 * A feed that a page links with {@code <link rel="alternate">}, one per format.
 *
 * <pre>{@code
 * Alternate.of("/story/abc", "Story title")  // /story/abc/feed.rss, .atom, .json
 * }</pre>
 */
public record Alternate(String type, String href, String title) {

    /** The three feeds of the page at {@code path} (already encoded), with its {@code query} (or ""). */
    public static List<Alternate> of(String path, String query, String title) {
        return FeedRoutes.Format.all().stream().map(f -> new Alternate(f.mediaType(),
                path + "/feed." + f.extension() + query, title + " (" + f.label() + ")")).toList();
    }

    public static List<Alternate> of(String path, String title) {
        return of(path, "", title);
    }
}
