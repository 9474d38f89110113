package org.storyline.enrich;

import java.util.regex.Pattern;

/**
 * Sentences that correct an earlier version of the article ("An earlier version of this story said three
 * people were killed"): what they repeat is the wrong fact, so no count, date or event is read from them.
 */
public final class Corrections {

    private static final Pattern CORRECTION = Pattern.compile("(?i)\\b(?:an?|the)\\s+(?:earlier|previous|prior|"
            + "original)\\s+version\\b|^\\s*(?:correction|clarification|editor'?s note)\\s*[:.\\-–—]"
            + "|\\b(?:incorrectly|erroneously|mistakenly|wrongly)\\s+(?:said|stated|reported|identified|gave|named)"
            + "|\\bmisstated\\b|\\bhas been (?:corrected|amended) to\\b|\\bwe regret the error\\b");

    private Corrections() {
    }

    /** True when {@code sentence} reads as a correction notice. */
    public static boolean isCorrection(String sentence) {
        return CORRECTION.matcher(sentence).find();
    }
}
