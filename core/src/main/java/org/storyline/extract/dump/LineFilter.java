package org.storyline.extract.dump;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.storyline.text.Words;

/**
 * Keeps the lines of an article body that are paragraphs and drops the page furniture between them.
 *
 * <p>A line is furniture when it is short and does not end like a sentence (headlines of other articles,
 * labels, logos, "Most Popular"), when it is a call to action or a note about the page, when it repeats the
 * line next to it (image captions printed twice), when it is the one-line teaser under another article's
 * headline, when it repeats a title of an item on the page, or when it is promo copy in the site's own voice
 * ("we", "our") next to a call to action.
 */
final class LineFilter {

    private static final int MAX_TEASER_WORDS = 60;
    private static final int MAX_PROMO_WORDS = 40;

    private LineFilter() {
    }

    /** The body paragraphs among {@code lines}; {@code titles} are the folded titles of all items on the page. */
    static List<String> paragraphs(List<Line> lines, Set<String> titles) {
        int n = lines.size();
        boolean[] furniture = new boolean[n];
        for (int i = 0; i < n; i++) {
            String text = lines.get(i).text();
            furniture[i] = !isParagraph(text) || isUi(text) || titles.contains(fold(text));
        }
        markRepeats(lines, furniture);
        markTeasers(lines, furniture);
        markPromos(lines, furniture);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!furniture[i]) {
                kept.add(lines.get(i).text());
            }
        }
        return kept;
    }

    static String fold(String text) {
        return String.join(" ", Words.of(text));
    }

    private static boolean isParagraph(String text) {
        if (TextShape.isProse(text)) {
            return true;
        }
        // A long line without a final stop is a paragraph cut short by the page ("... and Russ"), not a label.
        return TextShape.wordCount(text) > TextShape.MAX_HEADLINE_WORDS && TextShape.looksLikeWords(text, 0.25);
    }

    /** A short line whose sentences are mostly calls to action or notes about the page. */
    static boolean isUi(String text) {
        if (TextShape.wordCount(text) > MAX_PROMO_WORDS) {
            return false;
        }
        List<String> sentences = Sentences.split(text);
        long ui = sentences.stream().filter(s -> UiVocabulary.isAboutThePage(s)).count();
        return sentences.stream().anyMatch(UiVocabulary::isCallToAction) || 2 * ui >= sentences.size();
    }

    private static void markRepeats(List<Line> lines, boolean[] furniture) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (fold(lines.get(i).text()).equals(fold(lines.get(i + 1).text()))) {
                furniture[i] = true;
                furniture[i + 1] = true;
            }
        }
    }

    // An inline card: a headline set off by a blank line, its one-sentence teaser directly under it, a blank after.
    private static void markTeasers(List<Line> lines, boolean[] furniture) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            Line headline = lines.get(i);
            Line teaser = lines.get(i + 1);
            boolean blankAfter = i + 2 >= lines.size() || lines.get(i + 2).blankBefore();
            if (headline.blankBefore() && TextShape.isHeadlineShaped(headline.text()) && !TextShape.isProse(headline.text())
                    && !teaser.blankBefore() && blankAfter && TextShape.wordCount(teaser.text()) <= MAX_TEASER_WORDS) {
                furniture[i] = true;
                furniture[i + 1] = true;
            }
        }
    }

    // Promo copy ("The future of journalism is grim ... powered by our readers") surrounds a call to action.
    private static void markPromos(List<Line> lines, boolean[] furniture) {
        for (int seed = 0; seed < lines.size(); seed++) {
            if (hasCallToAction(lines.get(seed).text())) {
                furniture[seed] = true;
                grow(lines, furniture, seed, -1);
                grow(lines, furniture, seed, 1);
            }
        }
    }

    private static void grow(List<Line> lines, boolean[] furniture, int seed, int step) {
        for (int i = seed + step; i >= 0 && i < lines.size(); i += step) {
            String text = lines.get(i).text();
            if (furniture[i]) {
                continue;
            }
            if (TextShape.wordCount(text) > MAX_PROMO_WORDS || !UiVocabulary.isFirstPersonPlural(text)) {
                return;
            }
            furniture[i] = true;
        }
    }

    private static boolean hasCallToAction(String text) {
        return TextShape.wordCount(text) <= MAX_PROMO_WORDS
                && Sentences.split(text).stream().anyMatch(UiVocabulary::isCallToAction);
    }
}
