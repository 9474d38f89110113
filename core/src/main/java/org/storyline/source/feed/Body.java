package org.storyline.source.feed;

import java.util.Objects;

/**
 * A summary or content as the feed gave it. HTML is not sanitised here; whatever shows it must sanitise.
 *
 * @param text   the markup or plain text, never blank
 * @param markup whether {@code text} is HTML or plain text
 */
public record Body(String text, Markup markup) {

    /** How to read {@link Body#text()}. */
    public enum Markup { HTML, TEXT }

    public Body {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(markup, "markup");
    }

    /** A body, or null when {@code text} is null or blank. */
    static Body of(String text, Markup markup) {
        return text == null || text.isBlank() ? null : new Body(text.strip(), markup);
    }

    /** The words without markup. */
    public String plainText() {
        return markup == Markup.TEXT ? text : org.jsoup.Jsoup.parseBodyFragment(text).text();
    }
}
