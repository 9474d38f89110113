package org.storyline.source.feed;

import java.net.URI;
import java.util.List;
import org.storyline.model.Published;

/**
 * One item of a feed, in the feed's own words. Use {@link ItemIdentity#of(FeedItem)} to recognise it again.
 *
 * @param guid       the feed's id for it (RSS guid, Atom id, JSON Feed id, RDF about), or null
 * @param url        its web page (http or https only), or null
 * @param title      the title as plain text, or null
 * @param author     the author's name, or null
 * @param published  when it was published (else updated), or null when the feed does not say or says nonsense
 * @param summary    the short description, or null
 * @param content    the full content, or null
 * @param categories the categories as written, without duplicates
 * @param hashtags   hashtag candidates made from the categories ("climate change" → "ClimateChange"), no '#'
 * @param teaser     true when the text looks like a teaser: short, or ending in "…" or "Read more"
 */
public record FeedItem(String guid, URI url, String title, String author, Published published, Body summary,
                       Body content, List<String> categories, List<String> hashtags, boolean teaser) {

    public FeedItem {
        categories = List.copyOf(categories);
        hashtags = List.copyOf(hashtags);
    }

    /** An item with hashtags and the teaser flag worked out from the rest. */
    static FeedItem of(String guid, URI url, String title, String author, Published published, Body summary,
                       Body content, List<String> categories) {
        List<String> unique = CategoryTags.unique(categories);
        return new FeedItem(guid, url, title, author, published, summary, content, unique,
                CategoryTags.hashtags(unique), TeaserDetector.isTeaser(content != null ? content : summary));
    }

    /** The content if there is any, else the summary; null when neither. */
    public Body bestBody() {
        return content != null ? content : summary;
    }
}
