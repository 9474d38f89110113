package org.storyline.extract.dump;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes outlet and date suffixes off headlines: "Russia: Is Moscow losing Azerbaijan as an ally? – DW – 07/03/2025"
 * becomes "Russia: Is Moscow losing Azerbaijan as an ally?". A trailing part after a spaced separator (– — | - ·)
 * goes when it is a date, an outlet named on the page, a domain, or a short brand-like name in capitals after
 * a headline long enough to stand alone.
 */
final class TitleCleaner {

    private static final Pattern LAST_PART = Pattern.compile("^(.*\\S)\\s+[–—|·•-]\\s+(\\S.*)$");
    private static final Pattern DOMAIN = Pattern.compile("^(?:www\\.)?[\\p{L}\\p{N}-]+(?:\\.[\\p{L}]{2,})+$");
    private static final int MAX_BRAND_WORDS = 3;
    private static final int MIN_REMAINING_WORDS = 5;

    private final DumpDates dates;
    private final Set<String> outlets;

    /** {@code outlets} are the folded outlet names found on the page. */
    TitleCleaner(DumpDates dates, Set<String> outlets) {
        this.dates = dates;
        this.outlets = outlets;
    }

    String clean(String title) {
        String current = title.strip().replaceAll("\\s+", " ");
        Matcher m = LAST_PART.matcher(current);
        while (m.matches() && isSuffix(m.group(2), m.group(1))) {
            current = m.group(1);
            m = LAST_PART.matcher(current);
        }
        return current;
    }

    private boolean isSuffix(String part, String rest) {
        String p = part.strip();
        if (dates.isDate(p) || DOMAIN.matcher(p).matches() || outlets.contains(LineFilter.fold(p))) {
            return true;
        }
        List<String> words = TextShape.tokens(p);
        boolean brand = words.size() <= MAX_BRAND_WORDS && !TextShape.endsLikeSentence(p)
                && words.stream().allMatch(w -> Character.isUpperCase(w.charAt(0)));
        return brand && TextShape.wordCount(rest) >= MIN_REMAINING_WORDS;
    }
}
