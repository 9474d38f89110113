package org.storyline.extract.html;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Removes the outlet or section name that pages append to or prepend before a headline
 * ("Storm hits coast | The Daily" becomes "Storm hits coast").
 *
 * <p>A part is dropped when it names the outlet or the host, or, for a document {@code <title>}, when the
 * page's {@code <h1>} shows which part is the headline. Otherwise the title is kept whole: a wrong cut loses
 * words of the headline, a kept suffix only adds some.
 */
final class TitleCleaner {

    private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});");
    private static final Pattern INVISIBLE = Pattern.compile("[\u00ad\u200b\u2060\ufeff]");
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—:»/·•]{1,2}\\s+");

    /**
     * The cleaned headline.
     *
     * @param raw    the title as the page gives it
     * @param outlet the outlet name, or null
     * @param host   the page's host name, or null
     * @param h1     the text of the page's first {@code <h1>}, or null
     */
    String clean(String raw, String outlet, String host, String h1) {
        String title = collapse(raw);
        if (title == null) {
            return null;
        }
        if (h1 != null && !h1.equals(title) && h1.length() >= 10 && title.startsWith(h1)
                && SEPARATOR.matcher(title.substring(h1.length())).lookingAt()) {
            return h1;
        }
        String[] parts = SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        String last = parts[parts.length - 1];
        if (namesSite(last, outlet, host)) {
            return collapse(title.substring(0, lastSeparatorStart(title)));
        }
        if (namesSite(parts[0], outlet, host)) {
            return collapse(title.substring(firstSeparatorEnd(title)));
        }
        return title;
    }

    private static boolean namesSite(String part, String outlet, String host) {
        String p = squash(part);
        if (p.isEmpty() || p.length() > 60) {
            return false;
        }
        if (outlet != null) {
            // loose both ways ("BBC" in "BBC News"), but a part must be a good share of the name it matches
            String o = squash(outlet);
            if (!o.isEmpty() && (p.equals(o) || p.contains(o) && o.length() * 2 >= p.length()
                    || o.contains(p) && p.length() * 2 >= o.length())) {
                return true;
            }
        }
        if (host != null) {
            String h = squash(host.replaceFirst("^www\\d?\\.", ""));
            return p.length() >= 3 && (h.startsWith(p) || p.contains(h.replaceFirst("(com|org|net|co|uk)+$", "")));
        }
        return false;
    }

    private static int lastSeparatorStart(String title) {
        var m = SEPARATOR.matcher(title);
        int start = title.length();
        while (m.find()) {
            start = m.start();
        }
        return start;
    }

    private static int firstSeparatorEnd(String title) {
        var m = SEPARATOR.matcher(title);
        return m.find() ? m.end() : 0;
    }

    /** Letters and digits only, lower case, for loose comparison of names. */
    private static String squash(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /**
     * One space for every run of blanks, no soft hyphens or zero-width spaces (invisible, and they split words
     * for search), and HTML entities left in values a page escaped twice ("&amp;#8217;" in JSON-LD, which
     * holds text, not markup) decoded; null when nothing is left.
     */
    static String collapse(String text) {
        if (text == null) {
            return null;
        }
        String value = text;
        for (int pass = 0; pass < 3 && value.indexOf('&') >= 0 && ENTITY.matcher(value).find(); pass++) {
            value = Parser.unescapeEntities(value, false); // "&amp;quot;" was escaped twice: undo both
        }
        String collapsed = INVISIBLE.matcher(value.replace('\u00a0', ' ')).replaceAll("")
                .replaceAll("\\s+", " ").strip();
        return collapsed.isEmpty() ? null : collapsed;
    }
}
