package org.storyline.enrich.claim;

import java.util.Locale;
import java.util.Map;

/** Reads a count written in digits ("50", "1,200") or English words ("nine", "twenty-five", "a dozen"). */
final class NumberWords {

    /** Regex alternatives for a count; the caller matches case-insensitively. */
    static final String PATTERN = "(?:\\d{1,3}(?:,\\d{3})+|\\d+|a dozen|dozen|(?:twenty|thirty|forty|fifty|sixty|"
            + "seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|"
            + "five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
            + "nineteen|hundred)";

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("dozen", 12), Map.entry("a dozen", 12));

    private NumberWords() {
    }

    /** The value of a count matched by {@link #PATTERN}. */
    static long value(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (Character.isDigit(t.charAt(0))) {
            return Long.parseLong(t.replace(",", ""));
        }
        int dash = t.indexOf('-');
        if (dash > 0) {
            return WORDS.get(t.substring(0, dash)) + WORDS.get(t.substring(dash + 1));
        }
        return WORDS.get(t);
    }
}
