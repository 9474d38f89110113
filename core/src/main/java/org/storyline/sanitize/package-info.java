/**
 * Sanitising: makes article HTML kept for display safe to put inside Storyline's own pages.
 *
 * <p>In: article HTML of any quality (a fragment or a whole page) and the page's URL. Out: HTML holding only
 * the elements and attributes of {@link org.storyline.sanitize.ArticleHtmlSanitizer}'s allow-list, with
 * absolute http(s) URLs, links marked {@code rel="noopener noreferrer nofollow"}, and iframes only from the
 * configured hosts and sandboxed. Sanitising never adds elements and sanitising twice changes nothing.
 *
 * <p>How: jsoup parses the HTML as a browser would and prunes it to a well-formed tree ({@code TreePruner});
 * the OWASP Java HTML Sanitizer then applies the allow-list and is the only gate to the output.
 *
 * <p>What it does not do: find the article in a page (the {@code extract} stage does), keep any styling,
 * rewrite images through a proxy, or turn HTML into text. Only {@code ArticleHtmlSanitizer} is API.
 */
package org.storyline.sanitize;
