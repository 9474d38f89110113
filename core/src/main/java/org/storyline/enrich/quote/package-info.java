/**
 * Who said what. In: an article's text, its {@link org.storyline.enrich.entity.ArticleEntities}, date and outlet.
 * Out: {@link org.storyline.model.Quote} records, direct quotations (straight or curly quotes, over sentences
 * and paragraphs) and reported statements ("X said that ..."), each with the speaker's entity.
 *
 * <p>Places are no speakers ("Baku said": left out, a capital stands for a government the text does not name).
 * Marks stay paired when a passage is cut from its sentence, and a quotation that never closes is closed at
 * the end of its passage ({@code QuoteBalance}).
 *
 * <p>Not done here: quotes without a named speaker ("officials said"), speakers named only as groups ("they"),
 * quotations nested in quotations, reading or writing the store.
 */
package org.storyline.enrich.quote;

import org.storyline.model.Quote;

