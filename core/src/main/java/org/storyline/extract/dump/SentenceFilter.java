package org.storyline.extract.dump;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.text.Words;

/**
 * Removes furniture that sits inside paragraphs, sentence by sentence: notes about the page ("Translations may
 * contain inaccuracies"), calls to action, embedded posts signed "— Name (@handle) date", image captions that
 * appear twice (often once cut short with "..."), and subheadings glued onto the next sentence.
 */
final class SentenceFilter {

    // The signature line of an embedded social post: "— Aaron Rupar (@atrupar) July 3, 2025".
    private static final Pattern EMBED_SIGNATURE = Pattern.compile(
            "[—–-]\\s*[\\p{L}][\\p{L} .'-]{0,40}\\(@\\w{1,30}\\)(?:\\s+\\p{L}+\\.? \\d{1,2}, \\d{4})?");
    private static final int MIN_REPEAT_WORDS = 5;

    private SentenceFilter() {
    }

    /** The paragraphs with in-paragraph furniture removed; paragraphs left empty are dropped. */
    static List<String> clean(List<String> paragraphs) {
        List<List<String>> split = new ArrayList<>();
        for (String paragraph : paragraphs) {
            split.add(withoutHeadings(withoutEmbeds(Sentences.split(paragraph))));
        }
        Map<String, Integer> seen = countKeys(split);
        List<String> cleaned = new ArrayList<>();
        for (List<String> sentences : split) {
            List<String> kept = new ArrayList<>();
            for (String sentence : sentences) {
                if (!isFurniture(sentence, seen)) {
                    kept.add(sentence);
                }
            }
            if (!kept.isEmpty()) {
                cleaned.add(String.join(" ", kept));
            }
        }
        return cleaned;
    }

    private static boolean isFurniture(String sentence, Map<String, Integer> seen) {
        return UiVocabulary.isCallToAction(sentence) || UiVocabulary.isAboutThePage(sentence)
                || seen.getOrDefault(repeatKey(sentence), 0) > 1;
    }

    // Captions come twice: once cut ("...the 5th annual forum...") and once whole. Both copies go, so the key of
    // a sentence is its first words, which the cut and the whole copy share.
    private static Map<String, Integer> countKeys(List<List<String>> paragraphs) {
        Map<String, Integer> counts = new HashMap<>();
        for (List<String> sentences : paragraphs) {
            for (String sentence : sentences) {
                String key = repeatKey(sentence);
                if (!key.isEmpty()) {
                    counts.merge(key, 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    private static String repeatKey(String sentence) {
        List<String> words = Words.of(sentence);
        if (words.size() < MIN_REPEAT_WORDS + 3) {
            return "";
        }
        return String.join(" ", words.subList(0, Math.min(words.size() - 2, 12)));
    }

    private static List<String> withoutEmbeds(List<String> sentences) {
        List<String> out = new ArrayList<>();
        for (String sentence : sentences) {
            Matcher m = EMBED_SIGNATURE.matcher(sentence);
            if (m.find()) {
                // The post's text is the sentence up to its signature; what follows the signature is the page again.
                String rest = sentence.substring(m.end()).strip();
                if (!rest.isEmpty()) {
                    out.add(rest);
                }
            } else {
                out.add(sentence);
            }
        }
        return out;
    }

    private static List<String> withoutHeadings(List<String> sentences) {
        List<String> out = new ArrayList<>();
        for (String sentence : sentences) {
            int start = InlineHeadings.sentenceStart(sentence);
            out.add(sentence.substring(start));
        }
        return out;
    }
}
