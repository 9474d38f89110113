package org.storyline.store;

import org.storyline.model.Published;
import org.storyline.model.Quote;

/**
 * A stored quote with its speaker's story-level entity and its article.
 *
 * @param position    its place among the article's quotes
 * @param entityId    the speaker's story-level entity id
 * @param speakerName the speaker's name in the article
 * @param copy        whether the article is a republished copy of another
 */
public record QuoteRow(String articleId, String storyId, int position, Quote.Kind kind, String entityId,
                       String speakerName, String text, String title, String outlet, Published published,
                       boolean copy) {
}
