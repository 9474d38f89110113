package org.storyline.extract.html;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * A vocabulary of words that, found in an element's {@code class} or {@code id}, say what the element is
 * ("share", "related", "article-body"). Names are split at blanks, hyphens, underscores and camel-case humps,
 * and a vocabulary entry of two words ("read-more") matches two adjacent parts, so "c-read-more__link" and
 * "imageCaption" name "read-more" and "caption", but "thread" does not name "read".
 *
 * <p>Set lookups instead of one large regular expression: this runs on every element of every page, several
 * times, so a part longer than every entry's words is not even cut out, and a two-word pair is put together
 * only after a part that begins one.
 */
final class ClassWords {

    private final Set<String> words;
    /** The first words of the two-word entries: only after one of these is a pair looked up. */
    private final Set<String> firstWords;
    /** No word of an entry is longer: a longer part of a name is not looked up at all. */
    private final int longest;

    ClassWords(Set<String> words) {
        this.words = Set.copyOf(words);
        Set<String> first = new HashSet<>();
        int max = 0;
        for (String word : words) {
            String[] halves = word.split("-");
            if (halves.length == 2) {
                first.add(halves[0]);
            }
            for (String half : halves) {
                max = Math.max(max, half.length());
            }
        }
        this.firstWords = Set.copyOf(first);
        this.longest = max;
    }

    static ClassWords of(String... words) {
        return new ClassWords(Set.of(words));
    }

    /** True when the element's class or id holds one of the words. */
    boolean names(Element element) {
        String className = element.className();
        String id = element.id();
        return names(className) || names(id);
    }

    /** True when {@code name} (a class attribute or an id) holds one of the words. */
    boolean names(String name) {
        if (name.isEmpty()) {
            return false;
        }
        if (name.indexOf('/') >= 0) {
            return namesWithoutAddresses(name);
        }
        String previous = null;
        int start = -1;
        for (int i = 0; i <= name.length(); i++) {
            char c = i == name.length() ? ' ' : name.charAt(i);
            boolean separator = isSeparator(c);
            boolean camelHump = start >= 0 && !separator && Character.isUpperCase(c)
                    && Character.isLowerCase(name.charAt(i - 1));
            if ((separator || camelHump) && start >= 0) {
                // lower-casing never shortens a part, so a part longer than every entry's words matches none
                String part = i - start > longest ? null : name.substring(start, i).toLowerCase(Locale.ROOT);
                if (part != null && (words.contains(part)
                        || previous != null && firstWords.contains(previous) && words.contains(previous + "-" + part))) {
                    return true;
                }
                previous = Character.isWhitespace(c) ? null : part; // two classes are not one name
                start = camelHump ? i : -1;
            } else if (separator) {
                if (Character.isWhitespace(c)) {
                    previous = null;
                }
            } else if (start < 0) {
                start = i;
            }
        }
        return false;
    }

    /**
     * Ids and classes that are addresses ("http://example.org/read-comments-on-mobile") name no kind of
     * element: their words are a story's slug. Only the parts without a slash are read.
     */
    private boolean namesWithoutAddresses(String name) {
        for (String part : name.split("\\s+")) {
            if (part.indexOf('/') < 0 && names(part)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSeparator(char c) {
        return c == '-' || c == '_' || Character.isWhitespace(c);
    }
}
