package org.storyline.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.storyline.enrich.coverage.Fact;
import org.storyline.model.StoredArticle;
import org.storyline.store.QuoteRow;

/**
 * A story's stored quotes as coverage facts, so that "what only this outlet reports" and "what it leaves
 * out" cover who said what too. The same words by the same speaker in several articles are one fact.
 */
final class QuoteFacts {

    private static final int KEY_WORDS = 8;
    private static final int LABEL_CHARS = 90;

    private QuoteFacts() {
    }

    static List<Fact> of(List<QuoteRow> quotes, List<StoredArticle> articles) {
        Set<String> inStory = new LinkedHashSet<>();
        articles.forEach(a -> inStory.add(a.id()));
        Map<String, List<String>> articlesByKey = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (QuoteRow q : quotes) {
            if (q.entityId() == null || !inStory.contains(q.articleId())) {
                continue;
            }
            String key = q.entityId() + "|" + firstWords(q.text());
            List<String> ids = articlesByKey.computeIfAbsent(key, k -> new ArrayList<>());
            if (!ids.contains(q.articleId())) {
                ids.add(q.articleId());
            }
            labels.putIfAbsent(key, q.speakerName() + ": “" + shortened(q.text()) + "”");
        }
        List<Fact> out = new ArrayList<>();
        articlesByKey.forEach((key, ids) -> out.add(new Fact(Fact.Kind.QUOTE, labels.get(key), ids)));
        return out;
    }

    private static String firstWords(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", " ").trim().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(KEY_WORDS, words.length)));
    }

    private static String shortened(String text) {
        return text.length() <= LABEL_CHARS ? text : text.substring(0, LABEL_CHARS - 1).strip() + "…";
    }
}
