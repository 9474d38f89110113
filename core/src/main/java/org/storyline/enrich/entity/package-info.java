/**
 * People, organisations and places. In: an article's text. Out: {@link org.storyline.enrich.entity.ArticleEntities}
 * (its sentences, entities with canonical name, spellings and roles, and every mention), and across a story's
 * articles {@link org.storyline.enrich.entity.StoryEntities}, which joins a surname used alone in one article to the
 * person named in full in another.
 *
 * <p>How: no statistical NER model ships under a licence Storyline can use, so names are capitalised runs from
 * OpenNLP's sentence model and a pattern tokenizer, typed by a shipped gazetteer ({@code enrich-entity/gazetteer.tsv})
 * and by context cues (titles, roles, organisation heads, speech verbs, place prepositions, surname endings).
 * News prose adds its own positions ({@code PlaceContext}, {@code PersonContext}): datelines (shouted, or in title
 * case "Edmonton, Ky. (date) –"), "a Bedford woman", "a Bedford home" or "apartment Thursday", "Jane Roe, 24,
 * of Clinton", addresses, the
 * town of a police department (also "the Wichita Police Dept."); "42-year-old Jane Roe",
 * "identified as", "his girlfriend, Jane Roe". These type any name that stands there: no list of places or
 * people.
 * Spelling variants meet through {@link org.storyline.enrich.entity.NameKey}.
 *
 * <p>Not done here: reading or writing the store, pronouns (the quote stage resolves speakers), nested names
 * ("the University of X" names only the university), entity linking to outside knowledge bases.
 */
package org.storyline.enrich.entity;
