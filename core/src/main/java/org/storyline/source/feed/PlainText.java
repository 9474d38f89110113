package org.storyline.source.feed;

import org.jsoup.Jsoup;

/** Titles as plain text: feeds put entities and tags in titles (and often escape them twice). */
final class PlainText {

    private PlainText() {
    }

    /** {@code text} without markup, entities decoded, white space collapsed; null when blank. */
    static String of(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String plain = text.indexOf('<') >= 0 || text.indexOf('&') >= 0 ? Jsoup.parseBodyFragment(text).text() : text;
        return XmlNode.blankToNull(plain.replaceAll("\\s+", " "));
    }
}
