/**
 * A story's intelligence in one pass: the one place that knows the order of the story-level enrich stages
 * (timeline, numeric claims, accounts, the event's place, coverage, summary, hashtags, outlet registry). In: a story's stored
 * articles. Out: a {@link org.storyline.enrich.analysis.StoryAnalysis} record for the web page and the export.
 *
 * <p>Every stage is a pure function of the story's originals, so the result is the same on every call. The
 * pipeline computes it when a story changes and stores it ({@code org.storyline.pipeline.StoryAnalyses}, with
 * its format); pages render the stored value. Copies add no facts; their outlets count as
 * reporting what they republished.
 *
 * <p>{@link org.storyline.enrich.analysis.ArticleNotes} does the same for one article (its genre and
 * one-paragraph summary): noted by the pipeline's prepare step, outside any transaction, and stored beside the
 * article, so that a story page of hundreds of rows classifies none of them on a request.
 *
 * <p>Not done here: reading or writing the store (the caller passes the articles and keeps the results).
 */
package org.storyline.enrich.analysis;
