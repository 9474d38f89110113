package org.storyline.extract.dump;

import java.util.List;

/**
 * The shape of a line or sentence, without reading its meaning: does it end like a sentence, how many words,
 * does it look like running text at all. Dumps carry no markup, so shape is most of what tells a paragraph
 * from a headline, a label or a logo.
 */
final class TextShape {

    /** Headlines and labels are short; a longer line without final punctuation is a truncated paragraph. */
    static final int MAX_HEADLINE_WORDS = 25;

    private static final String CLOSERS = "\"'’”»)]";
    private static final String TERMINALS = ".!?…";
    // Compiled once: these run for every token of every line of every page.
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern EDGE_PUNCTUATION =
            java.util.regex.Pattern.compile("^[\\p{P}\\p{S}]+|[\\p{P}\\p{S}]+$");

    private TextShape() {
    }

    static List<String> tokens(String text) {
        String s = text.strip();
        return s.isEmpty() ? List.of() : List.of(SPACES.split(s));
    }

    static int wordCount(String text) {
        return tokens(text).size();
    }

    /** Ends with . ! ? or … , possibly followed by closing quotes or brackets ("…said.'" counts). */
    static boolean endsLikeSentence(String text) {
        String s = text.strip();
        int end = s.length();
        while (end > 0 && CLOSERS.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && TERMINALS.indexOf(s.charAt(end - 1)) >= 0;
    }

    /** A paragraph of running text: sentence ending, a few words, mostly ordinary words with lower case. */
    static boolean isProse(String text) {
        return endsLikeSentence(text) && wordCount(text) >= 3 && looksLikeWords(text, 0.25);
    }

    /** Short text without a sentence ending (or a question or exclamation), shaped like a headline. */
    static boolean isHeadlineShaped(String text) {
        int words = wordCount(text);
        String s = text.strip();
        boolean open = !endsLikeSentence(s) || s.endsWith("?") || s.endsWith("!");
        return open && words >= 3 && words <= MAX_HEADLINE_WORDS && looksLikeWords(s, 0);
    }

    /**
     * Share of tokens that are words (letters, maybe with inner punctuation) is high, and at least
     * {@code lowerShare} of them start lower case: random strings, codes and ALL-CAPS banners fail.
     */
    static boolean looksLikeWords(String text, double lowerShare) {
        List<String> tokens = tokens(text);
        if (tokens.isEmpty()) {
            return false;
        }
        int words = 0;
        int lower = 0;
        for (String token : tokens) {
            String core = EDGE_PUNCTUATION.matcher(token).replaceAll("");
            if (isWord(core)) {
                words++;
                if (Character.isLowerCase(core.charAt(0))) {
                    lower++;
                }
            }
        }
        return words >= 0.6 * tokens.size() && lower >= lowerShare * tokens.size();
    }

    private static boolean isWord(String core) {
        if (core.isEmpty() || core.length() > 30) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < core.length(); i++) {
            if (Character.isLetter(core.charAt(i))) {
                letters++;
            }
        }
        boolean digitsOnly = core.chars().allMatch(c -> Character.isDigit(c) || c == ',' || c == '.');
        return digitsOnly || letters >= core.length() - 2 && !mixedCaseNoise(core);
    }

    // "xK9fQ" is noise, "McDonald", "iPhone" and "DW" are not: more than two case switches inside a word is noise.
    private static boolean mixedCaseNoise(String core) {
        int switches = 0;
        for (int i = 1; i < core.length(); i++) {
            if (Character.isUpperCase(core.charAt(i)) != Character.isUpperCase(core.charAt(i - 1))) {
                switches++;
            }
        }
        return switches > 3;
    }

    /** Binary or mis-decoded content: control characters, replacement characters, or too few letters. */
    static boolean isGarbage(String content) {
        int nonSpace = 0;
        int letters = 0;
        int bad = 0;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            nonSpace++;
            if (Character.isLetter(c)) {
                letters++;
            } else if (Character.isISOControl(c) || c == '\uFFFD' || Character.getType(c) == Character.PRIVATE_USE) {
                bad++;
            }
        }
        return nonSpace == 0 || bad > 0.02 * nonSpace || letters < 0.5 * nonSpace;
    }
}
