/**
 * Parses aggregator page dumps: the text a user copies or saves from a news aggregator or an outlet's page
 * (an article with "Related Articles", a hashtag listing, an outlet page with promos, a bare article).
 *
 * <p>In: a {@link org.storyline.model.RawDocument} of format TEXT_DUMP and its capture time. Out: the
 * {@link org.storyline.model.ParsedArticle}s on the page in page order — the page's own article (MAIN) first,
 * then RELATED items (when the page has its own article) or LISTED items (a listing page) — with titles cleaned
 * of outlet/date suffixes, dates read (absolute, or relative to the capture time), furniture removed, and the
 * page's main article repeated in its own related list merged into one (the fuller copy kept), and the page's own
 * article credited to the outlet its header names or, failing that, its subscription prompt ("Want all of The
 * Times? Subscribe."; {@link org.storyline.extract.dump.SubscriptionLine}). Empty, binary or
 * furniture-only pages give an empty list, never an exception.
 *
 * <p>How: {@link org.storyline.extract.dump.DumpParser} alone knows the order of the steps. It recognises
 * structure — date-anchored header blocks, headline-shaped lines, short non-sentence lines, lines repeated or
 * glued under a headline, copies of one story — plus a small vocabulary of interface words (app, subscribe,
 * member, "this article"), not the exact sentences of any one site.
 *
 * <p>What it does not do: fetch pages, parse HTML, detect the language, find URLs (a dump has none), deduplicate
 * across pages or outlets (the {@code dedup} stage does), or guess an outlet the page does not name. Items that
 * are different publications of one story (another outlet, another day) stay separate. Everything in here except
 * {@code DumpParser} is internal to the package.
 */
package org.storyline.extract.dump;
