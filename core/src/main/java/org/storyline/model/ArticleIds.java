package org.storyline.model;

import java.util.List;
import org.storyline.text.StableHash;
import org.storyline.text.Words;

/**
 * Stable article ids. A page's article is known by its address; an article from a page dump (no address)
 * by its outlet and headline, whatever page showed it and however much of the body that page showed;
 * without a headline the body's first words decide. A feed item is known by its identity.
 */
public final class ArticleIds {

    private static final int BODY_WORDS_FOR_ID = 40;

    private ArticleIds() {
    }

    /** A page's article by its address when it has one (a re-fetched page is the same article), else by headline. */
    public static String of(ParsedArticle article) {
        if (article.url() != null) {
            return StableHash.of("url|" + article.url());
        }
        return of(article.outlet(), article.title(), article.text());
    }

    /**
     * A feed item's article, by its source and the item's identity (GUID, canonical URL or content hash). GUIDs are
     * unique within one feed, not across feeds: a feed that reuses another's GUIDs gets articles of its own (which
     * the duplicate detector folds into the other feed's when they carry the same text), never the other's.
     */
    public static String ofItem(String sourceId, String itemIdentity) {
        return StableHash.of("item|" + sourceId + "|" + itemIdentity);
    }

    public static String of(String outlet, String title, String text) {
        String outletKey = outlet == null ? "" : String.join(" ", Words.of(outlet));
        List<String> titleWords = Words.of(title);
        String key = titleWords.isEmpty()
                ? "body:" + String.join(" ", Words.of(text).stream().limit(BODY_WORDS_FOR_ID).toList())
                : "title:" + String.join(" ", titleWords);
        return StableHash.of(outletKey + "|" + key);
    }
}
