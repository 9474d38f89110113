package org.storyline.extract.html;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds the author line in the markup when the page declares none in its metadata: {@code itemprop=author}
 * names, {@code rel=author} links, then short elements whose class or id says byline or author.
 */
final class BylineFinder {

    private static final int MAX_LENGTH = 100;
    private static final Pattern BY = Pattern.compile("(?i)^(by|von|par|por|di|door|av|af)(\\s*:?\\s+|\\s*:?$)");
    private static final ClassWords BYLINE_NAMES = ClassWords.of("byline", "author", "authors", "author-name",
            "writer", "byline-name", "p-author");
    /** Strongest first: a microdata name, a rel=author link, any author microdata, a byline class. */
    private static final int KINDS = 4;

    /** The byline among {@code elements} (a page's, in document order), or null when they show none. */
    String find(List<Element> elements) {
        String[] best = new String[KINDS];
        for (Element element : elements) {
            int kind = kind(element);
            if (kind >= 0 && best[kind] == null) {
                String text = tidy(element.text());
                if (text != null && text.length() <= MAX_LENGTH && looksLikeNames(text)) {
                    best[kind] = text;
                    if (kind == 0) {
                        return text;
                    }
                }
            }
        }
        for (String text : best) {
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    private static int kind(Element element) {
        String itemprop = element.attr("itemprop").toLowerCase(Locale.ROOT);
        if (itemprop.equals("name") && element.parent() != null
                && element.parent().attr("itemprop").toLowerCase(Locale.ROOT).contains("author")) {
            return 0;
        }
        if (element.attr("rel").equalsIgnoreCase("author")) {
            return 1;
        }
        if (itemprop.contains("author")) {
            return 2;
        }
        String tag = element.normalName();
        boolean container = tag.equals("body") || tag.equals("article") || tag.equals("main");
        return !container && BYLINE_NAMES.names(element) ? 3 : -1;
    }

    /** Collapsed whitespace, a leading "By" removed; null when nothing remains. */
    static String tidy(String raw) {
        String text = TitleCleaner.collapse(raw);
        if (text == null) {
            return null;
        }
        text = BY.matcher(text).replaceFirst("");
        return text.isBlank() ? null : text.strip();
    }

    /** Names have letters and few digits; "1 mars 2019 à 15:20" in a byline box is a date, not an author. */
    private static boolean looksLikeNames(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long digits = text.codePoints().filter(Character::isDigit).count();
        return letters > 0 && digits * 5 < letters;
    }
}
