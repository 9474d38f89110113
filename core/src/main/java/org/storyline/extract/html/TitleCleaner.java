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
     * Marks that join a site's name to a headline without spaces, as CJK titles do ("…注意報：朝日新聞デジタル",
     * "…커졌다-정치ㅣ한국일보"): full-width bar and colon, the Hangul vowel ㅣ and the Han stroke 丨 that Korean and
     * Chinese sites use as a bar, and the ASCII ones.
     */
    private static final String TIGHT_SEPARATORS = "|-–—:/·•｜：ㅣ丨_";
    /** Section names joined without spaces are a word of a few letters ("정치", "经济", "Tech"). */
    private static final int SHORT_SECTION = 4;

    /**
     * The cleaned headline.
     *
     * @param raw    the title as the page gives it
     * @param outlet the outlet name, or null
     * @param host   the page's host name, or null
     * @param h1     the text of the page's first {@code <h1>}, or null
     * @param section the section the page declares (article:section), or null
     */
    String clean(String raw, String outlet, String host, String h1, String section) {
        String title = collapse(raw);
        if (title == null) {
            return null;
        }
        title = withoutTightSuffix(title, outlet, section);
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

    /**
     * {@code title} without an outlet name joined at its end by a separator and no spaces, and then without the
     * declared section joined the same way before it ("headline-Section|Outlet"). The name must be the outlet's
     * exactly (case aside): with no spaces to mark the seam, a loose match could eat a headline's last word.
     */
    static String withoutTightSuffix(String title, String outlet, String section) {
        String cut = withoutTail(title, outlet);
        if (cut == title) {
            return title;
        }
        String withoutSection = withoutTail(cut, section);
        return withoutSection != cut ? withoutSection : withoutShortTail(cut);
    }

    /**
     * {@code title} without one short word joined at its end by a tight separator ("…커졌다-정치" once "ㅣ한국일보"
     * was cut): the same "headline-Section|Outlet" template, for pages that do not declare their section.
     * Only letters count as such a word, so "코로나-19" keeps its number.
     */
    private static String withoutShortTail(String title) {
        int at = title.length();
        while (at > 0 && Character.isLetter(title.charAt(at - 1))) {
            at--;
        }
        int word = title.length() - at;
        if (word == 0 || word > SHORT_SECTION || at < 2 || TIGHT_SEPARATORS.indexOf(title.charAt(at - 1)) < 0
                || Character.isWhitespace(title.charAt(at - 2))) {
            return title;
        }
        return title.substring(0, at - 1).strip();
    }

    private static String withoutTail(String title, String name) {
        if (name == null || name.length() < 2 || title.length() < name.length() * 2 + 2) {
            return title;
        }
        int at = title.length() - name.length();
        if (!title.regionMatches(true, at, name, 0, name.length())) {
            return title;
        }
        int end = at;
        while (end > 0 && TIGHT_SEPARATORS.indexOf(title.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end == at || end == 0 || Character.isWhitespace(title.charAt(end - 1))) {
            return title; // no separator, or a spaced one, which the part rules below judge
        }
        return title.substring(0, end).strip();
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
                    || o.contains(p) && p.length() * 2 >= o.length() || isOutletAndOneWord(part, outlet))) {
                return true;
            }
        }
        if (host != null) {
            String h = squash(host.replaceFirst("^www\\d?\\.", ""));
            return p.length() >= 3 && (h.startsWith(p) || p.contains(h.replaceFirst("(com|org|net|co|uk)+$", "")));
        }
        return false;
    }

    /**
     * True for a part that is the outlet's name and one more capitalised word ("CBC News", "Fox Business" for
     * the outlet "CBC" or "Fox"): outlets name their desks so, and a headline's last part rarely starts with the
     * outlet's name and ends after one word.
     */
    private static boolean isOutletAndOneWord(String part, String outlet) {
        String[] words = part.strip().split("\\s+");
        String[] name = outlet.strip().split("\\s+");
        if (words.length != name.length + 1) {
            return false;
        }
        for (int i = 0; i < name.length; i++) {
            if (!words[i].equalsIgnoreCase(name[i])) {
                return false;
            }
        }
        String extra = words[name.length];
        return !extra.isEmpty() && !Character.isLowerCase(extra.charAt(0));
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
