package org.storyline.enrich;

import java.util.regex.Pattern;

/**
 * Abbreviations that stand before a name and end in a full stop ("St. Louis", "Det. Jane Roe", "Mt. Kenya"),
 * where a sentence model trained on other text often ends the sentence. Both sentence splitters join the two
 * pieces back.
 */
public final class Abbreviations {

    /** Abbreviations, without their full stop, that stand before a name. */
    private static final java.util.Set<String> BEFORE_NAME = java.util.Set.of("St", "ST", "Ste", "Mt", "MT", "Ft", "FT",
            "Pt", "Dr", "Sgt", "Lt", "Det", "Capt", "Cpl", "Ofc", "Insp", "Supt", "Gen", "Col", "Maj", "Gov", "Sen", "Rep",
            "Rev", "Prof", "Mr", "Mrs", "Ms", "Hon", "Cmdr", "Adm", "Atty", "Jan", "Feb", "Mar", "Apr", "Aug", "Sep",
            "Sept", "Oct", "Nov", "Dec");
    /** Longest of {@link #BEFORE_NAME}. */
    private static final int LONGEST = 4;

    /** A dateline's town and abbreviated region, "KANSAS CITY, Mo.": the story goes on after it. */
    private static final Pattern DATELINE_HEAD = Pattern.compile("^\\s*\\p{Lu}[\\p{Lu}\\s.'’-]+,\\s*(?:\\p{Lu}\\p{L}{0,4}\\.,?\\s*){1,2}$");

    private Abbreviations() {
    }

    /**
     * True when {@code sentence} ends with such an abbreviation or a middle initial ("Herbert N.": the surname
     * follows, "Herbert N. Lattin, 35, of ..."), so the next piece continues it; or when it is a dateline's head cut
     * at its region's full stop ("KANSAS CITY, Mo." before "-- A boy was shot").
     */
    public static boolean endsBeforeName(CharSequence sentence) {
        return endsWithAbbreviation(sentence) || endsWithMiddleInitial(sentence)
                || DATELINE_HEAD.matcher(sentence).lookingAt();
    }

    /** "…Herbert N.": a capitalised word, one white space, a capital and a full stop, at the end. */
    private static boolean endsWithMiddleInitial(CharSequence sentence) {
        int n = sentence.length();
        if (n < 5 || sentence.charAt(n - 1) != '.' || Character.getType(sentence.charAt(n - 2)) != Character.UPPERCASE_LETTER
                || !isSpace(sentence.charAt(n - 3))) {
            return false;
        }
        int i = n - 4;
        while (i >= 0 && Character.getType(sentence.charAt(i)) == Character.LOWERCASE_LETTER) {
            i--;
        }
        return i < n - 4 && i >= 0 && Character.getType(sentence.charAt(i)) == Character.UPPERCASE_LETTER
                && (i == 0 || opensWord(sentence.charAt(i - 1)));
    }

    /**
     * The last word is one of {@link #BEFORE_NAME} with its full stop, at the start or after white space, a
     * bracket or a quotation mark. Read from the end: the splitters ask this of every sentence, and a search of
     * the whole sentence for an abbreviation at its end was one of the slowest steps of story analysis.
     */
    private static boolean endsWithAbbreviation(CharSequence sentence) {
        int end = sentence.length() - 1;
        if (end < 1 || sentence.charAt(end) != '.') {
            return false;
        }
        int start = end;
        while (start > 0 && end - start < LONGEST && isAsciiLetter(sentence.charAt(start - 1))) {
            start--;
        }
        if (start == end || start > 0 && isAsciiLetter(sentence.charAt(start - 1))) {
            return false;
        }
        if (start > 0 && !opensWord(sentence.charAt(start - 1))) {
            return false;
        }
        return BEFORE_NAME.contains(sentence.subSequence(start, end).toString());
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** What may stand before an abbreviation: white space, a bracket, a quotation mark. */
    private static boolean opensWord(char c) {
        return isSpace(c) || c == '(' || c == '"' || c == '“';
    }

    /** White space as regular expressions' {@code \s} means it. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
