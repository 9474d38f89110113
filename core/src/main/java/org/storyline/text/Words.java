package org.storyline.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Word tokens for comparison: case-folded, accents removed, punctuation dropped. */
public final class Words {

    private Words() {
    }

    /**
     * The words of {@code text} in order: runs of letters and digits (apostrophes inside a word kept out),
     * lower-cased, with diacritics removed, so "Zelenskyy's" gives "zelenskyy", "s".
     */
    public static List<String> of(String text) {
        String folded = fold(text);
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                words.add(folded.substring(start, i));
                start = -1;
            }
        }
        if (start >= 0) {
            words.add(folded.substring(start));
        }
        return words;
    }

    /** Lower case without diacritics ("Türkiye" → "turkiye"). */
    public static String fold(String text) {
        if (isAscii(text)) {
            return text.toLowerCase(Locale.ROOT); // nothing to decompose: skip the costly normaliser
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                out.append(Character.toLowerCase(c));
            } else {
                out.append(FOLDED.computeIfAbsent(c, Words::foldChar));
            }
        }
        return out.toString();
    }

    /** Folded forms of the non-ASCII characters seen so far: news text uses few, and each is normalised once. */
    private static final java.util.Map<Character, String> FOLDED = new java.util.concurrent.ConcurrentHashMap<>();

    private static String foldChar(char c) {
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char d = decomposed.charAt(i);
            if (Character.getType(d) != Character.NON_SPACING_MARK) {
                out.append(d);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
