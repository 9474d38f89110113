/**
 * Extracts the article from a news page's HTML: metadata and main text.
 *
 * <p>In: a page's markup and its address. Out: an {@link org.storyline.extract.html.Extraction} (title, byline,
 * publication time, language, canonical address, outlet, lead image, section, and the body as paragraphs
 * joined by blank lines), convertible to a {@link org.storyline.model.ParsedArticle} of role MAIN.
 *
 * <p>Metadata comes from JSON-LD, then OpenGraph and other meta conventions, then the markup. The body is found
 * by pruning furniture (navigation, share bars, related links, ads, comments), scoring containers by the
 * paragraphs they hold, and keeping the best one with its strong siblings; the structured-data body is the
 * fallback when the markup yields much less.
 *
 * <p>It does not fetch pages, decode bytes, follow pagination, run scripts, or read listing pages (one article
 * per page). Its vocabularies (class names such as "share" or "related", labels such as "Read more") are
 * generic and mostly English; none is keyed to a particular site.
 *
 * <p>{@link org.storyline.extract.html.ShingleScore} is the quality measure the benchmark and the quality-floor
 * test share.
 */
package org.storyline.extract.html;
