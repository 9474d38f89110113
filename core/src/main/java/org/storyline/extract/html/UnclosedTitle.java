package org.storyline.extract.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs a {@code <title>} that was never closed. The HTML parser reads a title's content as text up to
 * {@code </title>}, so a template that forgets it (or a truncated capture) turns the whole page into the
 * title and leaves an empty body. The repair ends the title at its first tag or line break.
 */
final class UnclosedTitle {

    private static final Pattern OPEN = Pattern.compile("(?i)<title[^>]*>");

    private UnclosedTitle() {
    }

    /** {@code markup} with {@code </title>} inserted where the first title's text plausibly ended. */
    static String close(String markup) {
        Matcher open = OPEN.matcher(markup);
        if (!open.find()) {
            return markup;
        }
        int start = open.end();
        int end = start;
        while (end < markup.length() && markup.charAt(end) != '<' && markup.charAt(end) != '\n') {
            end++;
        }
        return markup.substring(0, end) + "</title>" + markup.substring(end);
    }
}
