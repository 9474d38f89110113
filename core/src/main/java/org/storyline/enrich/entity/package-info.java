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
 * <p>Given names: a two- to four-word capitalised name whose first word is a common given name is a person. The
 * hand list ({@code first-names.txt}: Europe, the former Soviet Union, the Middle East) is joined by the 13,952
 * names given to at least 500 US babies born 1930-2016 ({@code given-names-us.txt}, from the Social Security
 * Administration's public counts, written by {@code docs/data/given-names-us.py}: no lower-case dictionary words
 * unless very common as names, no names the gazetteer has as places). FactsBench gvc-dev, people (a person entity
 * carries each victim's and suspect's surname) story/article recall: fit 0.957/0.950 to 0.976/0.970, held back
 * 0.819/0.828 to 0.894/0.932; the seed gold entities unchanged (precision 0.988, recall 0.970). What it costs:
 * firms and hospitals that open with a given name ("Harlow Freight", "Elena County Hospital") need their generic
 * last word among the organisation heads ({@code Cues.ORG_HEADS}).
 *
 * <p>Not done here: reading or writing the store, pronouns (the quote stage resolves speakers), nested names
 * ("the University of X" names only the university), entity linking to outside knowledge bases.
 */
package org.storyline.enrich.entity;
