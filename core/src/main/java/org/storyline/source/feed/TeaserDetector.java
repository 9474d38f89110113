package org.storyline.source.feed;

import java.util.List;
import java.util.Locale;

/**
 * Says whether an item's text is only a teaser for the page, so the pipeline knows to fetch the article
 * itself: no text at all, fewer than {@value #MIN_WORDS} words, or an ending like "…", "[...]", "Read more".
 */
final class TeaserDetector {

    static final int MIN_WORDS = 60;

    private static final List<String> ENDINGS = List.of("…", "...", "[…]", "[...]", "(…)", "read more", "read more…",
            "continue reading", "read the full story", "read the full article", "read full article", "weiterlesen",
            "lire la suite", "leer más", "continuar lendo");

    private TeaserDetector() {
    }

    static boolean isTeaser(Body body) {
        if (body == null) {
            return true;
        }
        String text = body.plainText().strip();
        // Trailing arrows and quotes decorate "Read more »" links; they are not part of the words.
        String end = text.replaceAll("[\\s»›→>\"'”)]+$", "").toLowerCase(Locale.ROOT);
        for (String ending : ENDINGS) {
            if (end.endsWith(ending)) {
                return true;
            }
        }
        return words(text) < MIN_WORDS;
    }

    private static int words(String text) {
        return text.isEmpty() ? 0 : text.split("\\s+").length;
    }
}
