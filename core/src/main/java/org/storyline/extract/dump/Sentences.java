package org.storyline.extract.dump;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a paragraph into sentences by punctuation and the capital that follows it. Each sentence is an exact
 * substring, so joining the kept ones with a space gives back the original text minus what was dropped.
 */
final class Sentences {

    private static final java.util.regex.Pattern INITIALS = java.util.regex.Pattern.compile("(?:\\p{Lu}\\.)*\\p{Lu}");

    private static final String TERMINALS = ".!?…";
    private static final String CLOSERS = "\"'’”»)]";
    private static final String OPENERS = "\"'‘“«([";
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "jr", "sr", "st", "gen", "gov", "sen", "rep", "lt", "col", "no", "vs", "prof", "sgt");

    private Sentences() {
    }

    static List<String> split(String paragraph) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        int i = 0;
        int n = paragraph.length();
        while (i < n) {
            char c = paragraph.charAt(i);
            int end = i + 1;
            if (TERMINALS.indexOf(c) >= 0) {
                while (end < n && (TERMINALS.indexOf(paragraph.charAt(end)) >= 0 || CLOSERS.indexOf(paragraph.charAt(end)) >= 0)) {
                    end++;
                }
                if (startsSentence(paragraph, end) && !abbreviation(paragraph, i) && !omission(paragraph, i, end)) {
                    add(sentences, paragraph.substring(start, end));
                    start = end;
                }
            }
            i = end;
        }
        add(sentences, paragraph.substring(start));
        return sentences;
    }

    private static void add(List<String> sentences, String sentence) {
        String s = sentence.strip();
        if (!s.isEmpty()) {
            sentences.add(s);
        }
    }

    private static boolean startsSentence(String text, int at) {
        if (at >= text.length() || !Character.isWhitespace(text.charAt(at))) {
            return false;
        }
        int next = at;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (next >= text.length()) {
            return false;
        }
        char c = text.charAt(next);
        return Character.isUpperCase(c) || Character.isDigit(c) || OPENERS.indexOf(c) >= 0;
    }

    // A free-standing " ... " or " … " marks words left out of a quotation, not the end of a sentence.
    private static boolean omission(String text, int at, int end) {
        String run = text.substring(at, end);
        boolean ellipsis = run.startsWith("...") || run.startsWith("…");
        return ellipsis && (at == 0 || Character.isWhitespace(text.charAt(at - 1)));
    }

    // "U.S. officials", "Mr. Putin": a period inside an abbreviation does not end the sentence.
    private static boolean abbreviation(String text, int period) {
        if (text.charAt(period) != '.') {
            return false;
        }
        int start = period;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        String word = text.substring(start, period);
        return INITIALS.matcher(word).matches() || ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }
}
