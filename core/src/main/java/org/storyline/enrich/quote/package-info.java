/**
 * Who said what. In: an article's text, its {@link org.storyline.enrich.entity.ArticleEntities}, date and outlet.
 * Out: {@link org.storyline.enrich.quote.Quote} records, direct quotations (straight or curly quotes, over sentences
 * and paragraphs) and reported statements ("X said that ..."), each with the speaker's entity.
 *
 * <p>Not done here: quotes without a named speaker ("officials said"), speakers named only as groups ("they"),
 * quotations nested in quotations, reading or writing the store.
 */
package org.storyline.enrich.quote;
