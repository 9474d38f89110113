/**
 * Dated events and a merged timeline. In: an article's id, body text and publication date. Out:
 * {@link org.storyline.enrich.timeline.Event} records (one per dated mention, relative expressions such as
 * "on Monday" or "in December" resolved against the article's own date) and, across articles,
 * {@link org.storyline.enrich.timeline.TimelineEntry} records with every article that reports the event.
 *
 * <p>A page's own time stamps ("Posted: ... 12:48 PM EST") and correction notices give no event; news-style
 * month abbreviations ("Jan. 2", "Sept. 13") are dates. A timeline entry takes a report when the report's
 * sentence shares enough rare words with the entry's descriptions (not with any member's whole sentence,
 * which chained unrelated happenings of one day together).
 *
 * <p>Not done here: parsing times of day, ranges ("between May and July"), or chains of reference ("the
 * following day"); reading the store; deciding which articles belong to one story (the cluster stage does).
 */
package org.storyline.enrich.timeline;
