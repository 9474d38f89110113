/**
 * What kind of piece an article is: news, analysis or opinion. In: an {@link org.storyline.model.Article} as
 * stored (section, headline, byline, body). Out: a {@link org.storyline.enrich.opinion.Genre} with the signal
 * that decided it, so a page can say why a piece is labelled.
 *
 * <p>Signals, strongest first: the outlet's own words (an "Opinion" or "Analysis" section or headline prefix, a
 * columnist byline, the "views expressed are the author's own" disclaimer), then the voice of the body. The voice
 * features follow Krüger et al., "Classifying news versus opinions in newspapers: linguistic features for domain
 * independence" (Natural Language Engineering, 2017): news attributes what it reports (reporting verbs), opinion
 * argues in its own voice (first person and prescriptive modals outside quotation marks).
 *
 * <p>Not done here: reading the page furniture (the extractor keeps the disclaimer or not), judging bias or
 * reliability, or any outlet-specific rule.
 */
package org.storyline.enrich.opinion;
