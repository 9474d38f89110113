package org.storyline.enrich.claim;

import java.util.Locale;

/** How a count is hedged: "about 50" is not "50", "at least ten" does not contradict 13. */
public enum Qualifier {
    EXACT, ABOUT, AT_LEAST, MORE_THAN, UP_TO, FEWER_THAN;

    /** The qualifier its words name ("at least", "approximately"), EXACT for none. */
    static Qualifier of(String words) {
        if (words == null || words.isBlank()) {
            return EXACT;
        }
        String w = words.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return switch (w) {
            case "about", "around", "approximately", "roughly", "nearly", "almost", "some", "an estimated" -> ABOUT;
            case "at least", "as many as" -> AT_LEAST;
            case "more than", "over" -> MORE_THAN;
            case "up to", "at most" -> UP_TO;
            case "fewer than", "less than", "under" -> FEWER_THAN;
            default -> EXACT;
        };
    }

    /** Lowest value the hedged count admits. About-counts admit a fifth either way. */
    double low(long n) {
        return switch (this) {
            case EXACT, AT_LEAST -> n;
            case ABOUT -> n * 0.8;
            case MORE_THAN -> n + 1;
            case UP_TO, FEWER_THAN -> 0;
        };
    }

    /** Highest value the hedged count admits. */
    double high(long n) {
        return switch (this) {
            case EXACT, UP_TO -> n;
            case ABOUT -> n * 1.2;
            case AT_LEAST, MORE_THAN -> Double.POSITIVE_INFINITY;
            case FEWER_THAN -> n - 1;
        };
    }
}
