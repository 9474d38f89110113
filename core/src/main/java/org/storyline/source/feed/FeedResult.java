package org.storyline.source.feed;

/** What parsing a feed gave: the {@link Feed}, or a {@link FeedFailure} saying why not. */
public sealed interface FeedResult permits Feed, FeedFailure {}
