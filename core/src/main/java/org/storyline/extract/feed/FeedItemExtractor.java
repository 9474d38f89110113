package org.storyline.extract.feed;

import java.util.Optional;
import org.storyline.extract.html.Extraction;
import org.storyline.model.ParsedArticle;
import org.storyline.model.Published;
import org.storyline.source.feed.Body;
import org.storyline.source.feed.FeedItem;

/**
 * Makes a feed item into an article: the item's own title, date, author, link and categories, and its text
 * from the item's content, or from its page when the item is only a teaser and the page gave more.
 *
 * <pre>{@code
 * Optional<ParsedArticle> a = new FeedItemExtractor().toArticle(item, "Al Jazeera", pageOrNull);
 * }</pre>
 */
public final class FeedItemExtractor {

    /**
     * @param item       the feed item
     * @param feedTitle  the feed's title, the outlet when the page does not name one (may be null)
     * @param page       the extraction of the item's page, or null when it was not fetched or failed
     */
    public Optional<ParsedArticle> toArticle(FeedItem item, String feedTitle, Extraction page) {
        String itemText = text(item.bestBody());
        String pageText = page != null && page.hasText() ? page.text() : "";
        // The page wins when the item is a teaser, or simply shorter: feeds often carry the first paragraph.
        String text = pageText.length() > itemText.length() ? pageText : itemText;
        String title = firstNonBlank(item.title(), page == null ? null : page.title(), firstWords(text));
        if (text.isBlank() || title == null) {
            return Optional.empty();
        }
        Published published = item.published() != null ? item.published() : page == null ? null : page.published();
        String outlet = firstNonBlank(page == null ? null : page.outlet(), feedTitle);
        String author = firstNonBlank(item.author(), page == null ? null : page.byline());
        String section = page == null ? null : page.section();
        return Optional.of(new ParsedArticle(title.strip(), outlet, item.url(), published, section, author,
                item.hashtags(), text, ParsedArticle.Role.MAIN));
    }

    /** A body as paragraphs joined by blank lines. */
    static String text(Body body) {
        if (body == null) {
            return "";
        }
        if (body.markup() == Body.Markup.TEXT) {
            return String.join("\n\n", body.text().strip().split("\\s*\\n\\s*\\n\\s*"));
        }
        return String.join("\n\n", HtmlParagraphs.of(body.text()));
    }

    private static String firstWords(String text) {
        String first = text.split("\n\n", 2)[0];
        return first.isBlank() || first.length() > 150 ? null : first;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
