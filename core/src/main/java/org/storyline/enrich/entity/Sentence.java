package org.storyline.enrich.entity;

import java.util.List;

/**
 * One sentence of an article, with where it stands in the text and its word tokens.
 *
 * @param index     position among the article's sentences, from 0
 * @param paragraph position of its paragraph (line) among the article's paragraphs, from 0
 * @param start     offset of its first character in the article text
 * @param end       offset just past its last character
 * @param tokens    its tokens, offsets in the article text
 */
public record Sentence(int index, int paragraph, int start, int end, List<Token> tokens) {

    public Sentence {
        tokens = List.copyOf(tokens);
    }

    /** A word or punctuation mark, with its offsets in the article text. */
    public record Token(String text, int start, int end) {

        /** Starts with an upper-case letter. */
        public boolean capitalised() {
            return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
        }

        public boolean word() {
            return !text.isEmpty() && Character.isLetterOrDigit(text.codePointAt(0));
        }

        public boolean is(String other) {
            return text.equalsIgnoreCase(other);
        }
    }
}
