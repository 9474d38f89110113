package org.storyline.enrich.quote;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps a passage's quotation marks paired when it is cut out of its sentence: "'outside forces' may be
 * trying ..." keeps its opening mark (trimming it would leave "outside forces' may", a broken mark), and
 * "the raids were 'an inhumane, cruel act" that never closes gets its closing mark at the end. Apostrophes
 * inside words ("don't") are no marks.
 */
final class QuoteBalance {

    private static final Pattern OPEN_SINGLE = Pattern.compile("(?:^|(?<=[\\s(\\[—–-]))['‘](?=\\p{L}|\\d)");
    private static final Pattern CLOSE_SINGLE = Pattern.compile("(?<=[\\p{L}\\d.,!?…])['’](?=[\\s.,;:!?)\\]—–-]|$)");
    private static final Pattern DOUBLE = Pattern.compile("[\"“”]");
    private static final String EDGE_MARKS = ",;:'\"‘’“”";

    private QuoteBalance() {
    }

    /** {@code text} without the punctuation at its ends, except a mark whose partner is inside. */
    static String trim(String text) {
        int a = 0;
        while (a < text.length() && edge(text.charAt(a))) {
            a++;
        }
        int b = text.length();
        while (b > a && edge(text.charAt(b - 1))) {
            b--;
        }
        String leading = text.substring(0, a);
        String trailing = text.substring(b);
        String out = text.substring(a, b);
        String open = mark(leading, "'‘");
        if (open != null && CLOSE_SINGLE.matcher(out).find() && !OPEN_SINGLE.matcher(out).lookingAt()
                && firstCloseBeforeOpen(out)) {
            out = open + out; // "'outside forces' may ...": the mark opened a quotation inside the passage
        }
        String close = mark(trailing, "'’");
        if (close != null && count(OPEN_SINGLE.matcher(out)) > count(CLOSE_SINGLE.matcher(out))) {
            out = out + close;
        }
        if (count(DOUBLE.matcher(out)) % 2 == 1) {
            String before = mark(leading, "\"“");
            out = before != null && mark(trailing, "\"”") == null ? before + out : out + closing(trailing);
        }
        return balance(out);
    }

    private static String closing(String trailing) {
        String m = mark(trailing, "\"”");
        return m != null ? m : "”";
    }

    /** Closes a quotation that never closes, at the end of the passage. */
    static String balance(String text) {
        String out = text;
        if (count(OPEN_SINGLE.matcher(out)) > count(CLOSE_SINGLE.matcher(out))) {
            out = out + (out.contains("‘") ? "’" : "'");
        }
        if (count(DOUBLE.matcher(out)) % 2 == 1) {
            out = out + "”";
        }
        return out;
    }

    private static boolean edge(char c) {
        return Character.isWhitespace(c) || EDGE_MARKS.indexOf(c) >= 0;
    }

    private static String mark(String edge, String marks) {
        for (char c : edge.toCharArray()) {
            if (marks.indexOf(c) >= 0) {
                return String.valueOf(c);
            }
        }
        return null;
    }

    private static boolean firstCloseBeforeOpen(String s) {
        Matcher c = CLOSE_SINGLE.matcher(s);
        Matcher o = OPEN_SINGLE.matcher(s);
        return c.find() && (!o.find() || o.start() > c.start());
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
