package org.storyline.enrich.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted passages: double quotes (straight or curly) and single quotes (straight or curly), telling an
 * opening or closing single quote from an apostrophe ("Russia's", "didn't", "the brothers' deaths").
 *
 * <p>A single quote opens after a space, a bracket or a dash and before a non-space; it closes before a space,
 * punctuation or the end and after a non-space; a mark between two letters is an apostrophe. A plural
 * possessive ("relations' future") looks like a close: it closes the quote only when no clearer close comes
 * before the next opening. A quote still open at the end of a paragraph ends there and is marked open-ended:
 * by convention the quotation continues in the next paragraph, which opens with a quote mark again.
 */
final class QuoteMarks {

    /** A quoted passage: offsets of its text (marks excluded), and whether it ran to its paragraph's end. */
    record Span(int start, int end, boolean openEnded) {
    }

    private QuoteMarks() {
    }

    static List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"' || c == '“' || c == '”' || c == '«') {
                i = doubleQuote(text, i, out);
            } else if ((c == '\'' || c == '‘' || c == '’') && opensSingle(text, i)) {
                i = singleQuote(text, i, out);
            } else {
                i++;
            }
        }
        return out;
    }

    private static int doubleQuote(String text, int open, List<Span> out) {
        char c = text.charAt(open);
        if (c == '”') {
            return open + 1; // a stray close
        }
        int end = paragraphEnd(text, open);
        for (int k = open + 1; k < end; k++) {
            char d = text.charAt(k);
            if (d == '"' && c == '"' && Character.isWhitespace(text.charAt(k - 1)) && k + 1 < end
                    && !Character.isWhitespace(text.charAt(k + 1))) {
                add(out, open + 1, k, true); // an opening mark: the page never closed the quote before it
                return k;
            }
            if (d == '”' || d == '»' || (d == '"' && c == '"') || (d == '"' && c == '“')) {
                add(out, open + 1, k, false);
                return k + 1;
            }
        }
        add(out, open + 1, end, true);
        return end;
    }

    private static int singleQuote(String text, int open, List<Span> out) {
        int end = paragraphEnd(text, open);
        int weak = -1;
        for (int k = open + 1; k < end; k++) {
            char d = text.charAt(k);
            if (d != '\'' && d != '’' && d != '‘') {
                continue;
            }
            if (closesSingle(text, k)) {
                if (weakClose(text, k)) {
                    weak = weak < 0 ? k : weak;
                    continue;
                }
                add(out, open + 1, k, false);
                return k + 1;
            }
            if (weak >= 0 && opensSingle(text, k)) {
                break; // a new quote opens: the plural possessive was the close after all
            }
        }
        if (weak >= 0) {
            add(out, open + 1, weak, false);
            return weak + 1;
        }
        add(out, open + 1, end, true);
        return end;
    }

    static boolean opensSingle(String text, int i) {
        char prev = i == 0 ? ' ' : text.charAt(i - 1);
        char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        if (text.charAt(i) == '’' && !(Character.isWhitespace(prev) || i == 0)) {
            return false;
        }
        return (Character.isWhitespace(prev) || "([—–-\"“:".indexOf(prev) >= 0 || i == 0)
                && !Character.isWhitespace(next);
    }

    private static boolean closesSingle(String text, int i) {
        char prev = text.charAt(i - 1);
        char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        if (text.charAt(i) == '‘' || Character.isWhitespace(prev)) {
            return false;
        }
        if (Character.isLetter(prev) && Character.isLetter(next)) {
            return false; // an apostrophe inside a word
        }
        return Character.isWhitespace(next) || ".,;:!?)]—–-\"”".indexOf(next) >= 0 || i + 1 == text.length();
    }

    /** "relations' " followed by a lower-case word: as likely a plural possessive as a close. */
    private static boolean weakClose(String text, int i) {
        if (text.charAt(i - 1) != 's' || i + 2 >= text.length() || text.charAt(i + 1) != ' ') {
            return false;
        }
        return Character.isLowerCase(text.charAt(i + 2));
    }

    private static int paragraphEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }

    private static void add(List<Span> out, int start, int end, boolean openEnded) {
        if (end > start) {
            out.add(new Span(start, end, openEnded));
        }
    }
}
