/**
 * Extractive summaries: a few sentences that stand for a story, each credited to its article, and one
 * paragraph per article; and the ROUGE-N scorer they are measured with. In: article ids, texts and (for a
 * story) their order. Out: {@link org.storyline.enrich.summary.SummarySentence} lists.
 *
 * <p>Method. Sentences of 8 to 60 words are candidates (headings, captions and one-line quotes fall out).
 * Each is a TF-IDF vector of its content words (stemmed, function words out; IDF over the candidates).
 * Relevance is the cosine to the centroid of the articles' own centroids, so each article counts once
 * however long it is, plus a bonus for an article's first sentences (news puts the gist first): {@code b / (1 + rank)} among its
 * candidates, b = 0.12 in a story summary and 0.6 in an article's paragraph.
 * Sentences are then picked by maximal marginal relevance (Carbonell and Goldstein, 1998): the next one
 * maximises {@code λ·relevance − (1 − λ)·max cosine to those already picked}, λ = 0.7, and a sentence
 * within cosine 0.5 of a picked one is never picked, so a second outlet's wording of the same fact does not
 * come back (plain MMR lets a very central repeat beat a less central new fact). An article's paragraph is the same over its own sentences,
 * shown in text order.
 *
 * <p>Measured (see bench/ SummaryBench): ROUGE-1/2 of the article paragraph against the pages' own
 * standfirsts (the description an editor wrote) in the Readability test corpus, beside a lead-3 baseline.
 * No reference summaries of the seed stories exist; their outputs are pinned in tests as golden lists.
 *
 * <p>Not done here: abstractive rewriting, sentence compression, resolving pronouns at the start of a picked
 * sentence, languages other than English (candidates are split with the English sentence model).
 */
package org.storyline.enrich.summary;
