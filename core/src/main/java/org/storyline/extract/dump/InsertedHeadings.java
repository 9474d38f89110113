package org.storyline.extract.dump;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.storyline.text.Words;

/**
 * Removes subheadings that one copy of a story has and another copy on the same page does not: a run of a few
 * words without a full stop, right after a sentence end, such that the words around it follow each other in the
 * other copy. "...by criminal means. 2 Russians ordered held for up to 4 months in Azerbaijan Belousov and ..."
 * loses the middle because the other copy reads "...by criminal means. Belousov and ...".
 */
final class InsertedHeadings {

    private static final int SIDE = 3;
    private static final int MAX_HEADING_WORDS = 15;
    private static final int MIN_HEADING_WORDS = 2;

    private InsertedHeadings() {
    }

    /** One word of a paragraph: where it starts, the whole token, and its comparison key. */
    private record Token(int start, String text, String key) {
    }

    /** {@code paragraphs} without the runs that {@code other} (another copy's full text) lacks. */
    static List<String> remove(List<String> paragraphs, String other) {
        Set<String> grams = grams(keysOf(other));
        List<String> out = new ArrayList<>();
        for (String paragraph : paragraphs) {
            out.add(removeFrom(paragraph, grams));
        }
        return out;
    }

    private static String removeFrom(String paragraph, Set<String> grams) {
        List<Token> tokens = tokens(paragraph);
        StringBuilder out = new StringBuilder();
        int copied = 0;
        for (int p = SIDE; p + SIDE < tokens.size(); p++) {
            if (!TextShape.endsLikeSentence(tokens.get(p - 1).text()) || grams.contains(gram(tokens, p - SIDE, p, p))) {
                continue;
            }
            int length = insertedLength(tokens, p, grams);
            if (length > 0) {
                out.append(paragraph, copied, tokens.get(p).start());
                copied = tokens.get(p + length).start();
                p += length;
            }
        }
        out.append(paragraph.substring(copied));
        return out.toString();
    }

    private static int insertedLength(List<Token> tokens, int p, Set<String> grams) {
        for (int length = MIN_HEADING_WORDS; length <= MAX_HEADING_WORDS && p + length + SIDE <= tokens.size(); length++) {
            if (TextShape.endsLikeSentence(tokens.get(p + length - 1).text())) {
                return 0;
            }
            if (grams.contains(gram(tokens, p - SIDE, p, p + length))) {
                return length;
            }
        }
        return 0;
    }

    // SIDE keys before the gap [gapStart, resume) and SIDE keys from resume on.
    private static String gram(List<Token> tokens, int from, int gapStart, int resume) {
        List<String> keys = new ArrayList<>();
        tokens.subList(from, gapStart).forEach(t -> keys.add(t.key()));
        tokens.subList(resume, resume + SIDE).forEach(t -> keys.add(t.key()));
        return String.join(" ", keys);
    }

    private static List<Token> tokens(String paragraph) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        for (String token : TextShape.tokens(paragraph)) {
            int start = paragraph.indexOf(token, i);
            i = start + token.length();
            String key = String.join("", Words.of(token));
            if (!key.isEmpty()) {
                tokens.add(new Token(start, token, key));
            }
        }
        return tokens;
    }

    private static List<String> keysOf(String text) {
        List<String> keys = new ArrayList<>();
        for (String token : TextShape.tokens(text)) {
            String key = String.join("", Words.of(token));
            if (!key.isEmpty()) {
                keys.add(key);
            }
        }
        return keys;
    }

    private static Set<String> grams(List<String> keys) {
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 2 * SIDE <= keys.size(); i++) {
            grams.add(String.join(" ", keys.subList(i, i + 2 * SIDE)));
        }
        return grams;
    }
}
