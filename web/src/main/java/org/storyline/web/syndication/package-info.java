/**
 * Outgoing feeds: RSS 2.0, Atom 1.0 and JSON Feed 1.1 documents of a {@link org.storyline.web.syndication.Channel}.
 * In: a channel (a story's, a hashtag's, an outlet's or a search's articles), with absolute URLs. Out: the
 * document as a string. XML is written with StAX (escaping is the writer's), after every string has lost the
 * characters XML 1.0 cannot carry; no CDATA sections are written, so a {@code ]]>} in a title is plain text.
 * Does not read the store or know about HTTP: {@code FeedRoutes} builds channels and serves them.
 */
package org.storyline.web.syndication;
