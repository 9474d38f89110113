/**
 * Quality and speed benchmark of the HTML article extractor ({@link org.storyline.extract.html.HtmlExtractor}).
 *
 * <p>In: benchmark directories on disk: the Scrapinghub article-extraction benchmark layout, Mozilla
 * Readability's test pages, and development sets in the {@code gold.jsonl} + {@code html/} layout (or a folder
 * of them, such as {@code ../shared/bench/extraction-dev}). Out: printed tables: word-shingle F1/precision/
 * recall (4-token shingles, per page averaged, Han and kana characters one token each) per set, per tuning
 * and held-back part (a third of each set, chosen by a hash of the page id) and per language; a headline +
 * body row for sets whose gold starts with the headline; exact title agreement where a set has gold titles;
 * the same scores for the other extractors' stored Scrapinghub outputs (which checks the scorer against their
 * published figures); and single-thread pages per second from gzip bytes through charset, extraction and a
 * JSON string. Pages are decoded by the shared {@link org.storyline.text.PageCharset} rule. Gold texts are read
 * as the sets' READMEs define them: Dragnet's UTF-16 files decoded again and its text cut at the comments
 * separator however the annotators typed it ({@code DevSet.goldText}; before, 25 gold texts held the comments). It never runs in
 * the unit-test build and never fails on a figure; the pinned quality floors live in core's
 * {@code HtmlQualityFloorTest} and {@code HtmlMultilingualFloorTest}.
 */
package org.storyline.bench.extract;
