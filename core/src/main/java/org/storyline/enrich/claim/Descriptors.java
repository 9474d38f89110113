package org.storyline.enrich.claim;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a count is of, beyond its noun: "seven people linked to a media outlet" and "13 Russian citizens" count
 * different groups; "at least ten Russian nationals" and "13 Russian nationals" may count one. The words are
 * the adjectives before the noun, a noun that is not a generic word for people, and the words of a modifier
 * after it ("linked to ...", "from ...", "working for ..."). Two counts whose descriptors are both non-empty
 * and share no word are not about the same people.
 */
final class Descriptors {

    private static final Pattern AFTER = Pattern.compile("(?i)^\\s*(?:who\\s+(?:were|are|work|worked)\\s+)?"
            + "(?:linked|affiliated|associated|connected|tied|belonging|working|employed|from|of|with)\\b"
            + "((?:\\s+(?:to|for|at|with|the|a|an|its|their)?\\s*[\\p{L}-]+){1,5})");
    private static final Set<String> NOT_DESCRIPTIVE = Set.of("about", "around", "approximately", "roughly",
            "nearly", "almost", "some", "an", "estimated", "at", "least", "as", "many", "more", "than", "over", "up",
            "to", "most", "fewer", "less", "under", "of", "the", "other", "others", "a", "and", "for", "with",
            "its", "their", "his", "her", "all", "both", "another", "further", "additional", "total");

    private static final Pattern NUMBER_WORD = Pattern.compile(NumberWords.PATTERN);

    private Descriptors() {
    }

    static Set<String> of(NumericClaim c) {
        Set<String> out = new LinkedHashSet<>();
        String[] words = c.phrase().toLowerCase(Locale.ROOT).split("[^\\p{L}-]+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            boolean noun = i == words.length - 1;
            if (w.length() > 2 && !NOT_DESCRIPTIVE.contains(w) && !NUMBER_WORD.matcher(w).matches()
                    && Subject.ofCue(w) == null && !(noun && ClaimExtractor.nounClass(w).equals("people"))) {
                out.add(stem(w));
            }
        }
        int at = c.sentence().indexOf(c.phrase());
        if (at >= 0) {
            Matcher m = AFTER.matcher(c.sentence().substring(at + c.phrase().length()));
            if (m.find()) {
                for (String w : m.group(1).toLowerCase(Locale.ROOT).split("[^\\p{L}-]+")) {
                    if (w.length() > 2 && !NOT_DESCRIPTIVE.contains(w) && Subject.ofCue(w) == null) {
                        out.add(stem(w));
                    }
                }
            }
        }
        return out;
    }

    /** True when counts with these descriptors ({@link #of}) may be of the same people. */
    static boolean compatible(Set<String> x, Set<String> y) {
        return x.isEmpty() || y.isEmpty() || x.stream().anyMatch(y::contains);
    }

    private static String stem(String w) {
        return w.length() > 5 ? w.substring(0, 5) : w;
    }
}
