package org.storyline.extract.dump;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds a subheading that a dump glued onto the sentence after it: "A police raid in Yekaterinburg, Russia The
 * detentions followed ...". The tell is a word that normally opens a sentence ("The", "During", "He") appearing
 * capitalised in mid-sentence after a word that cannot end a clause-initial phrase, with a full sentence after it.
 * Proper names ("told The Associated Press") are told apart by the capital on the next word. A heading in Title
 * Case that runs straight into a sentence opening with a name ("... Announcement Thursday's call") is not found.
 */
final class InlineHeadings {

    private static final int MIN_HEADING_WORDS = 3;
    private static final int MAX_HEADING_WORDS = 14;
    private static final int MIN_REST_WORDS = 6;
    private static final Set<String> OPENERS = Set.of(
            "The", "A", "An", "In", "On", "At", "During", "After", "Before", "While", "When", "But", "However",
            "It", "He", "She", "They", "We", "This", "That", "These", "Those", "His", "Her", "Their", "Its",
            "Since", "Despite", "Although", "Meanwhile", "Earlier", "Later", "According");
    private static final Set<String> ARTICLES = Set.of("The", "A", "An");
    // A heading never ends on these: "of It", "and This" are running text (a title quoted inside a sentence).
    private static final Set<String> BINDING = Set.of(
            "the", "a", "an", "of", "in", "on", "at", "to", "for", "with", "by", "from", "and", "or", "but", "as",
            "than", "that", "into", "about");
    private static final int TITLE_CASE_RUN = 3;

    private InlineHeadings() {
    }

    /** Where the real sentence starts inside {@code sentence}: 0 when no heading is glued on its front. */
    static int sentenceStart(String sentence) {
        List<String> tokens = TextShape.tokens(sentence);
        if (tokens.size() < MIN_HEADING_WORDS + MIN_REST_WORDS || !opensLikeHeading(tokens.get(0))) {
            return 0;
        }
        int last = Math.min(MAX_HEADING_WORDS, tokens.size() - MIN_REST_WORDS);
        for (int j = MIN_HEADING_WORDS; j <= last; j++) {
            if (isGlueAt(tokens, j)) {
                return offsetOf(sentence, tokens, j);
            }
        }
        return 0;
    }

    private static boolean opensLikeHeading(String first) {
        char c = first.charAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c);
    }

    private static boolean isGlueAt(List<String> tokens, int j) {
        String word = tokens.get(j);
        String before = tokens.get(j - 1);
        if (!OPENERS.contains(word) || !Character.isLetterOrDigit(before.charAt(before.length() - 1))) {
            return false;
        }
        if (BINDING.contains(before.toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (ARTICLES.contains(word)) {
            return Character.isLowerCase(tokens.get(j + 1).charAt(0));
        }
        // "After Major Pentagon Announcement Thursday's call": capitals running on mean the heading goes on too.
        return tokens.subList(j + 1, j + 1 + TITLE_CASE_RUN).stream().anyMatch(t -> !Character.isUpperCase(t.charAt(0)));
    }

    private static int offsetOf(String sentence, List<String> tokens, int j) {
        int at = 0;
        for (int k = 0; k < j; k++) {
            at = sentence.indexOf(tokens.get(k), at) + tokens.get(k).length();
        }
        return sentence.indexOf(tokens.get(j), at);
    }
}
