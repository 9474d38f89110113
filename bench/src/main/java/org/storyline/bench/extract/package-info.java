/**
 * Quality and speed benchmark of the HTML article extractor ({@link org.storyline.extract.html.HtmlExtractor}).
 *
 * <p>In: benchmark directories on disk (the Scrapinghub article-extraction benchmark layout, Mozilla
 * Readability's test pages). Out: a printed table: word-shingle F1/precision/recall scored as the Scrapinghub
 * benchmark's {@code evaluate.py} does, the same scores for the other extractors' stored outputs (which checks
 * the scorer against their published figures), title and byline agreement with Readability, and
 * single-thread pages per second from gzip bytes to a JSON string. It never runs in the unit-test build and
 * never fails on a figure; the pinned quality floor lives in core's {@code HtmlQualityFloorTest}.
 */
package org.storyline.bench.extract;
