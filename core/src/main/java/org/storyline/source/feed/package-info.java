/**
 * Feeds. In: the bytes of a feed, an HTML page or an OPML file, with the URL they came from. Out:
 * {@link org.storyline.source.feed.Feed} records with {@link org.storyline.source.feed.FeedItem}s, feed
 * candidates found in a page ({@link org.storyline.source.feed.FeedDiscovery}), OPML subscriptions
 * ({@link org.storyline.source.feed.Opml}), and a stable identity per item
 * ({@link org.storyline.source.feed.ItemIdentity}); or a {@link org.storyline.source.feed.FeedFailure}.
 *
 * <p>{@link org.storyline.source.feed.FeedParser} reads RSS 0.9x/1.0/2.0, Atom 1.0 and JSON Feed 1.0/1.1 with
 * its own mapping over the JDK's StAX parser (through {@code SafeXmlReader}) and Jackson: any DOCTYPE is
 * refused (so neither entity expansion nor external entities can happen), and depth, element and attribute
 * counts are bounded. Dates (RFC 822 in its broken variants, ISO 8601) become
 * {@link org.storyline.model.Published} or null, never a guess dressed as a fact.
 *
 * <p>It does not fetch (that is {@code source.fetch}), sanitise HTML (item HTML is passed on as the feed gave
 * it and must be sanitised before display), extract articles from pages, or store anything.
 */
package org.storyline.source.feed;
