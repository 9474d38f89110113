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
 * <p>A report's own date ({@link org.storyline.enrich.timeline.LeadDates}) is the earliest day in its lead, except
 * when that day belongs to a follow-up ({@link org.storyline.enrich.timeline.FollowUps}: the nearest keyword to
 * the date says charged, court, vigil, funeral, identified...): then the first earlier day further on in the body
 * whose sentence tells the happening itself (shot, killed, crash, fire...) is the report's date. Stamps are
 * removed from the whole text first, also when the time comes before the day ("Last updated at 10:39 a.m. on
 * Sunday, Nov. 27") or the stamp sits in brackets ("(Published, Nov. 25, 2016)"). Measured on GVC dev through
 * FactsBench (fit / held-back half): story date precision 0.837 to 0.870 / 0.936 to 0.935, article date precision
 * 0.888 to 0.922 / 0.905 to 0.928, recall unchanged; on the fit half the changed answers were all fixes. Left:
 * week-precise leads ("last week"), and future dates in a sentence about the past ("pending a hearing Jan. 19"
 * resolves to the last Jan. 19, since the future flag is sentence-wide).
 *
 * <p>Not done here: parsing times of day, ranges ("between May and July"), or chains of reference ("the
 * following day"); reading the store; deciding which articles belong to one story (the cluster stage does).
 */
package org.storyline.enrich.timeline;
