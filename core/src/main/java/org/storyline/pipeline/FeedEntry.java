package org.storyline.pipeline;

import java.util.Objects;
import org.storyline.model.ParsedArticle;

/**
 * One feed item made into an article, ready to store.
 *
 * @param sourceId    the source it came from
 * @param itemKey     the item's identity in its feed (GUID, canonical URL or content hash)
 * @param contentHash hash of what the item said; a different hash later means the item changed
 * @param article     the article (from the item's content, or from its page when the item was a teaser)
 * @param language    the language the page or feed declared, or null to guess from the text
 * @param html        the item's content as sanitised HTML for display, or null
 * @param leadImage   the image the item's page names as its own (og:image), when the page was read; else null
 */
public record FeedEntry(String sourceId, String itemKey, String contentHash, ParsedArticle article, String language,
                        String html, java.net.URI leadImage) {

    public FeedEntry {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(itemKey, "itemKey");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(article, "article");
    }
}
