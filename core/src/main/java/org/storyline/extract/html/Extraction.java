package org.storyline.extract.html;

import java.net.URI;
import java.util.Objects;
import org.storyline.model.Published;

/**
 * What {@link HtmlExtractor} found on one HTML page. Every field but {@code text} is null when the page does
 * not say; {@code text} is empty when no article body was found.
 *
 * <pre>{@code
 * Extraction e = new HtmlExtractor().extract(html, pageUrl);
 * e.title();                       // "Storm hits coast"
 * e.text().split("\n\n");          // the paragraphs
 * }</pre>
 *
 * @param title     the headline, outlet suffix removed ("Storm hits coast", not "Storm hits coast | Daily")
 * @param byline    the author or authors as the page names them, without a leading "By"
 * @param published when it was published
 * @param language  a BCP-47 style tag from the page ("en", "pt-BR")
 * @param canonical the article's canonical address
 * @param outlet    the site or publisher name
 * @param leadImage the address of the article's main image
 * @param section   the section the page files the article under
 * @param text      the body: paragraphs (headings and list items as their own) joined by a blank line
 */
public record Extraction(String title, String byline, Published published, String language, URI canonical,
                         String outlet, URI leadImage, String section, String text) {

    public Extraction {
        Objects.requireNonNull(text, "text");
    }

    /** True when a body was found. */
    public boolean hasText() {
        return !text.isBlank();
    }
}
