package org.storyline.enrich;

import java.util.regex.Pattern;

/**
 * Abbreviations that stand before a name and end in a full stop ("St. Louis", "Det. Jane Roe", "Mt. Kenya"),
 * where a sentence model trained on other text often ends the sentence. Both sentence splitters join the two
 * pieces back.
 */
public final class Abbreviations {

    private static final Pattern BEFORE_NAME = Pattern.compile("(?:^|[\\s(\"“])(?:St|ST|Ste|Mt|MT|Ft|FT|Pt|Dr|Sgt|Lt|Det|Capt|"
            + "Cpl|Ofc|Insp|Supt|Gen|Col|Maj|Gov|Sen|Rep|Rev|Prof|Mr|Mrs|Ms|Hon|Cmdr|Adm|Atty|Jan|Feb|Mar|Apr|Aug|Sept?|"
            + "Oct|Nov|Dec)\\.$");

    /** A dateline's town and abbreviated region, "KANSAS CITY, Mo.": the story goes on after it. */
    private static final Pattern DATELINE_HEAD = Pattern.compile("^\\s*\\p{Lu}[\\p{Lu}\\s.'’-]+,\\s*(?:\\p{Lu}\\p{L}{0,4}\\.,?\\s*){1,2}$");

    /** A given name and a middle initial, "Herbert N.": the surname follows ("Herbert N. Lattin, 35, of ..."). */
    private static final Pattern MIDDLE_INITIAL = Pattern.compile("(?:^|[\\s(\"“])\\p{Lu}\\p{Ll}+\\s\\p{Lu}\\.$");

    private Abbreviations() {
    }

    /**
     * True when {@code sentence} ends with such an abbreviation or a middle initial, so the next piece continues
     * it; or when it is a dateline's head cut at its region's full stop ("KANSAS CITY, Mo." before "-- A boy was shot").
     */
    public static boolean endsBeforeName(CharSequence sentence) {
        return BEFORE_NAME.matcher(sentence).find() || DATELINE_HEAD.matcher(sentence).find()
                || MIDDLE_INITIAL.matcher(sentence).find();
    }
}
