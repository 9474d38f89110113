/**
 * Parses aggregator page dumps: the text a user copies or saves from a news aggregator or an outlet's page
 * (an article with "Related Articles", a hashtag listing, an outlet page with promos, a bare article).
 *
 * <p>In: a {@link org.storyline.model.RawDocument} of format TEXT_DUMP. Out: the
 * {@link org.storyline.model.ParsedArticle}s on the page, furniture removed, the page's main article
 * repeated in its own related list merged into one (the fuller copy kept). It recognises structure
 * (outlet/date/section header blocks, headline lines, short non-sentence lines), not exact phrases.
 */
package org.storyline.extract.dump;
