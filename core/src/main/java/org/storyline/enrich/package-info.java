/**
 * Enrichment: facts derived from articles' text. At this level, per article: its language ({@link
 * org.storyline.enrich.LanguageGuesser}, applied by the pipeline to every article whose page declared none)
 * and the countries it names ({@link org.storyline.enrich.Countries}); shared text rules: correction notices
 * ({@link org.storyline.enrich.Corrections}) and abbreviations a sentence model splits at ({@link
 * org.storyline.enrich.Abbreviations}). Sub-packages, one stage each: {@code
 * timeline} (dated events), {@code claim} (counts of people), {@code account} (attributed causes and blame),
 * {@code coverage} (per-outlet comparison), {@code summary} (extractive summaries, ROUGE), {@code hashtag},
 * {@code outlet} (the outlet registry) and {@code analysis}, which runs the story-level stages in order.
 * In: article texts (and, for story stages, every article of a story). Out: records. Never reads the store.
 */
package org.storyline.enrich;
