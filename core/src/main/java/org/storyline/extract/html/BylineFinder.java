package org.storyline.extract.html;

import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the author line in the markup when the page declares none in its metadata: {@code rel=author}
 * links, {@code itemprop=author}, then short elements whose class or id says byline or author.
 */
final class BylineFinder {

    private static final int MAX_LENGTH = 100;
    private static final Pattern BY = Pattern.compile("(?i)^(by|von|par|por|di|door|av|af)(\\s*:?\\s+|\\s*:?$)");
    private static final String[] SELECTORS = {
        "[itemprop~=(?i)^author$] [itemprop=name]",
        "[rel=author]",
        "[itemprop~=(?i)^author$]",
        "[class~=(?i)(^|[-_])(byline|author|authors|author-name|writer|byline-name)([-_]|$)]:not(body,article,main)",
        "[id~=(?i)(^|[-_])(byline|author)([-_]|$)]:not(body,article,main)",
    };

    /** The byline, or null when the page shows none. */
    String find(Document document) {
        for (String selector : SELECTORS) {
            for (Element candidate : document.select(selector)) {
                String text = tidy(candidate.text());
                if (text != null && text.length() <= MAX_LENGTH && looksLikeNames(text)) {
                    return text;
                }
            }
        }
        return null;
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
