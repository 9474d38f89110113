package org.storyline.extract.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Word-shingle precision and recall of an extracted body against a gold one, as the Scrapinghub
 * article-extraction benchmark scores it, so our figures compare with the published ones.
 *
 * <p>Tokens are runs of word characters (letters, digits, underscore; case kept), except that each Han or
 * kana character is a token of its own (Chinese and Japanese are written without spaces), shingles are four
 * consecutive tokens (a text of fewer tokens is one short shingle), counts are compared as multisets and
 * each page's counts are normalised to sum to one so long pages weigh no more than short ones. Precision
 * and recall are averaged over pages, F1 is taken from the two averages.
 *
 * <pre>{@code
 * Match m = ShingleScore.match(gold, extracted);
 * Summary s = ShingleScore.summarize(List.of(m));   // s.f1()
 * }</pre>
 */
public final class ShingleScore {

    private static final int SHINGLE = 4;

    private ShingleScore() {
    }

    /** Normalised true-positive, false-positive and false-negative shares of one page. */
    public record Match(double tp, double fp, double fn) {

        /** Precision, 1 when both texts are empty, 0 when nothing was predicted. */
        public double precision() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            return tp + fp == 0 ? 0 : tp / (tp + fp);
        }

        /** Recall, 1 when both texts are empty, 0 when the gold text had shingles and none matched. */
        public double recall() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            return tp + fn == 0 ? 0 : tp / (tp + fn);
        }
    }

    /** Averages over a set of pages. */
    public record Summary(double precision, double recall, double f1, int pages) {
    }

    /** Scores one page. */
    public static Match match(String gold, String predicted) {
        Map<List<String>, Integer> truth = shingles(gold);
        Map<List<String>, Integer> guess = shingles(predicted);
        Set<List<String>> keys = new HashSet<>(truth.keySet());
        keys.addAll(guess.keySet());
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (List<String> key : keys) {
            int t = truth.getOrDefault(key, 0);
            int p = guess.getOrDefault(key, 0);
            tp += Math.min(t, p);
            fp += Math.max(0, p - t);
            fn += Math.max(0, t - p);
        }
        double sum = tp + fp + fn;
        return sum > 0 ? new Match(tp / sum, fp / sum, fn / sum) : new Match(tp, fp, fn);
    }

    /**
     * Mean precision over pages that predicted something or were perfect, mean recall over pages whose gold
     * text had something, and F1 of those means (pages that fit neither are left out, as the original does).
     */
    public static Summary summarize(List<Match> matches) {
        double precision = 0;
        int precisionPages = 0;
        double recall = 0;
        int recallPages = 0;
        for (Match m : matches) {
            if (m.tp() + m.fp() > 0) {
                precision += m.precision();
                precisionPages++;
            }
            if (m.tp() + m.fn() > 0) {
                recall += m.recall();
                recallPages++;
            }
        }
        double p = precisionPages == 0 ? 0 : precision / precisionPages;
        double r = recallPages == 0 ? 0 : recall / recallPages;
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new Summary(p, r, f1, matches.size());
    }

    /** Word tokens as Python's {@code \w+} finds them: letters, digits, numerals and underscore. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        int start = -1;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (isIdeograph(cp)) {
                if (start >= 0) {
                    tokens.add(text.substring(start, i));
                    start = -1;
                }
                tokens.add(text.substring(i, i + Character.charCount(cp)));
            } else if (isWord(cp)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                tokens.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            tokens.add(text.substring(start));
        }
        return tokens;
    }

    /**
     * Han and kana characters are one token each: Chinese and Japanese write no spaces, so a "word" of
     * {@code \w+} would be a whole sentence and one wrong character would cost the whole shingle bag.
     */
    private static boolean isIdeograph(int cp) {
        if (cp < 0x2E80) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    private static boolean isWord(int cp) {
        if (cp == '_' || Character.isLetter(cp) || Character.isDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = tokens(text);
        Map<List<String>, Integer> counts = new HashMap<>();
        int last = Math.max(1, tokens.size() - SHINGLE + 1);
        for (int i = 0; i < last && i < Math.max(tokens.size(), 1); i++) {
            List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + SHINGLE));
            if (!shingle.isEmpty()) {
                counts.merge(List.copyOf(shingle), 1, Integer::sum);
            }
        }
        return counts;
    }
}
