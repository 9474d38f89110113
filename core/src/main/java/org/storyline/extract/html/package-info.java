/**
 * Extracts the article from a news page's HTML, in any language or script: metadata and main text.
 *
 * <p>In: a page's markup, its address and (optionally) when it was captured. Out: an
 * {@link org.storyline.extract.html.Extraction} (title, byline, publication time, language, canonical address,
 * outlet, lead image, section, and the body as paragraphs joined by blank lines), convertible to a
 * {@link org.storyline.model.ParsedArticle} of role MAIN.
 *
 * <p>Metadata comes from JSON-LD, then OpenGraph and other meta conventions, then the markup. The headline is
 * the JSON-LD one unless it only repeats the document {@code <title>} (the search engines' headline, which
 * content systems copy into JSON-LD) while {@code og:title} gives another: that one was written for readers
 * ({@code HeadlineChooser}). HTML entities a page escaped twice are decoded. The outlet is chosen among the page's own statements of its name
 * ({@code og:site_name}, JSON-LD publisher and site, title parts, home logo, copyright line) by how each reads
 * and how many agree ({@code OutletNamer}). The host that names the site in a title and among outlet candidates is
 * the page's address's, else, for a page read without one (a saved file), that of the canonical address it
 * declares: without it a saved page kept "… : News" that the same page read from its address lost, and one story
 * bench article joined another story (gvc-dev held-back 0.944 in production vs 0.949 in the fitting harness). Dates are read in ISO, RFC and numeric forms, with month names in
 * many languages, in CJK forms, and relative ("vor 3 Stunden") against the capture time.
 *
 * <p>The body is found by putting streamed React parts and {@code srcdoc} frames in place, pruning furniture
 * (navigation, share bars, related links, ads, author boxes, text hidden by style or clipped to nothing for screen
 * readers, the instructions around form controls such as consent toggles and polls ({@code ControlWidgets});
 * reader comments whatever share of the page they hold, and, where a blog template sets them out as the
 * post's siblings, all that follows the mark where they begin ({@code <a id="comments">}, a heading so named)
 * after some prose: on Dragnet 2012 blogs the whole discussion came out as the article; parts the page marks "noprint", since what a site keeps
 * off paper is what is not the article), scoring containers by the paragraphs they hold (lengths in Latin-letter
 * equivalents, so CJK text weighs what Latin text does; text parted by runs of {@code <br>} counts as paragraphs
 * of the element holding it, as Readability makes them; a content-sounding class name adds at most what the
 * paragraphs earned), and keeping the
 * best one with its strong siblings. When the page holds several stories in {@code <article>}s, the one under
 * the page's headline is searched ({@code HeadlineArticle}); a sentence paragraph met twice (a print or preview
 * copy) comes out once. When pruning by names removed more prose than the article found, a gentler try
 * that removes only firm furniture follows; a page whose text no container holds, and which before pruning reads as other stories' linked
 * headlines each over its summary, is a section front and has no body ({@code TeaserList}: on a CleanEval
 * portal's section front, whose gold is empty, we gave a dozen summaries); a page whose markup holds next to no text gives the article markup
 * its inline scripts carry for hydration ({@code HydrationHtml}: a query cache, {@code __NEXT_DATA__}, a
 * server-components payload), else its captions when it is a page of pictures; the structured-data body
 * is the fallback when the markup yields much less.
 *
 * <p>It does not fetch pages, decode bytes ({@link org.storyline.text.PageCharset} does), follow pagination,
 * run scripts, or read listing pages (one article per page). Its vocabularies (class names such as "share" or
 * "related", interface labels such as "Read more" in the languages read ({@code InterfaceLabels}), month names) describe kinds of furniture and ways of writing in
 * general; none is keyed to a particular site. Ideas follow Mozilla Readability (paragraph scores flowing to
 * ancestors, link density, retrying with fewer flags when the first try finds too little) and boilerpipe's
 * shallow text features (Kohlschütter et al., WSDM 2010: text and link density separate content from
 * boilerplate in any language). Text hidden for screen readers is recognised by the clip forms of the
 * accessibility community's "visually hidden" rule (The A11Y Project, "How-to: Hide content").
 *
 * <p>Cost: parsing is about 40% of a page's time, so the stages after it avoid walking the whole tree more
 * often than they must. One walk gathers what the metadata readers look for ({@code PageParts}: meta tags,
 * JSON-LD scripts, the first {@code <h1>}, the canonical link, home links, {@code <article>}s, every element
 * for the byline and shown-date readers) instead of a selector walk each. The pruner counts text in one walk that leaves scripts and controls out as if removed
 * and lists the elements and quotations its rules then judge; after removing furniture it corrects those counts
 * ({@code TextStats.remove}, one pass over the listed elements from the last back) instead of counting again
 * for the locator, and lengths are measured on the raw text nodes without building collapsed copies.
 *
 * <p>{@link org.storyline.extract.html.ShingleScore} is the quality measure the benchmark and the quality-floor
 * tests share.
 */
package org.storyline.extract.html;
