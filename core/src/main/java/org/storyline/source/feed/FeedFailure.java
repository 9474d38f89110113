package org.storyline.source.feed;

import java.util.Objects;

/**
 * A document that could not be read as a feed or an OPML file, as data.
 *
 * @param kind    what sort of problem
 * @param message what is wrong, in words a user can act on ("not well-formed XML at line 3: ...")
 */
public record FeedFailure(Kind kind, String message) implements FeedResult, Opml.Result {

    /** What sort of problem. */
    public enum Kind {
        /** broken XML or JSON, a refused DOCTYPE, or over a size/depth limit */
        MALFORMED,
        /** well-formed, but not a feed: an HTML page, another XML vocabulary, plain JSON */
        NOT_A_FEED
    }

    public FeedFailure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    static FeedFailure malformed(String message) {
        return new FeedFailure(Kind.MALFORMED, message);
    }

    static FeedFailure notAFeed(String message) {
        return new FeedFailure(Kind.NOT_A_FEED, message);
    }

    @Override
    public String toString() {
        return kind + ": " + message;
    }
}
