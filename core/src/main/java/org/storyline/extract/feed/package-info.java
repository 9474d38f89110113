/**
 * Feed items as articles. In: a {@link org.storyline.source.feed.FeedItem} and, for teasers, the extraction
 * of its page. Out: a {@link org.storyline.model.ParsedArticle}, or nothing when neither gives any text.
 * Fetching the page is not done here: the poller does it and passes the result in.
 */
package org.storyline.extract.feed;
