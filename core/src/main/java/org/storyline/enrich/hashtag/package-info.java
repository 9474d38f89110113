/**
 * Hashtags in the aggregators' style (#SputnikAzerbaijan, #RussiaAzerbaijan) for stories and for named
 * things. In: a story's articles (title, body, date, the hashtags their pages gave) or a name. Out: the
 * hashtags without '#': the pages' own first (most used first), then generated ones.
 *
 * <p>Generated hashtags come from a story's founding articles only (the earliest five by publication date):
 * the two countries they name most, as one pair (#RussiaAzerbaijan), and the names (capitalised runs of
 * words, not at a sentence start) that at least two of them use. A later article never changes them, so a
 * story's hashtags do not flip as it grows; an article dated earlier than the founders does.
 *
 * <p>Not done here: entity resolution (the entity stage decides what a name stands for and may call
 * {@link org.storyline.enrich.hashtag.Hashtags#of(String)} for its hashtag), trending, or reading the store.
 */
package org.storyline.enrich.hashtag;
