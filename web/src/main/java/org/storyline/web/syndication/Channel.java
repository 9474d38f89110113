package org.storyline.web.syndication;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a feed says, whatever its format.
 *
 * <pre>{@code
 * new Channel("#SputnikAzerbaijan", "Latest news with #SputnikAzerbaijan", page, self, updated, entries)
 * }</pre>
 *
 * @param title       the feed's title
 * @param description one line about it
 * @param page        the page the feed stands for (absolute)
 * @param self        the feed's own address (absolute); its format's extension is swapped for the others
 * @param updated     the newest entry's time, or null when no entry has one
 * @param entries     newest first
 */
public record Channel(String title, String description, URI page, URI self, Instant updated, List<Entry> entries) {

    public Channel {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(self, "self");
        entries = List.copyOf(entries);
    }

    /**
     * One article in a feed.
     *
     * @param id        the article's stable id
     * @param title     headline, plain text
     * @param link      the article's page on this site (absolute)
     * @param original  the publisher's address, only when it is http(s); else null
     * @param outlet    the outlet, or null
     * @param author    the byline, or null
     * @param published when it was published, or null
     * @param language  ISO 639-1 code, or null
     * @param summary   the first words, plain text
     * @param text      the body, plain text, paragraphs separated by a blank line
     * @param tags      hashtags without '#'
     * @param image     the lead image through this site's image proxy (absolute), or null: none, or thumbnails off
     */
    public record Entry(String id, String title, URI link, URI original, String outlet, String author,
                        Instant published, String language, String summary, String text, List<String> tags,
                        URI image) {

        public Entry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(link, "link");
            tags = List.copyOf(tags);
        }

        /** The body as HTML paragraphs, every character of the text escaped. */
        public String html() {
            StringBuilder html = new StringBuilder();
            for (String paragraph : XmlText.clean(text == null ? "" : text).split("\n\n")) {
                if (!paragraph.isBlank()) {
                    html.append("<p>").append(XmlText.escapeHtml(paragraph.strip())).append("</p>\n");
                }
            }
            return html.toString();
        }
    }
}
