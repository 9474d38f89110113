/**
 * A story's intelligence in one pass: the one place that knows the order of the story-level enrich stages
 * (timeline, numeric claims, accounts, the event's place, coverage, summary, hashtags, outlet registry). In: a story's stored
 * articles. Out: a {@link org.storyline.enrich.analysis.StoryAnalysis} record for the web page and the export.
 *
 * <p>Computed on demand from the articles (nothing is stored): every stage is a pure function of the story's
 * originals, so the result is the same on every call and needs no migration. Copies add no facts; their
 * outlets count as reporting what they republished.
 *
 * <p>Not done here: reading the store (the caller passes the articles), caching.
 */
package org.storyline.enrich.analysis;
