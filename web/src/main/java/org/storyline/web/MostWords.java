package org.storyline.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A plain query relaxed to "all its words but one": {@code plane shot down} becomes
 * {@code (shot down) OR (plane down) OR (plane shot)}. Search engines fall back so when no document has every word
 * (Lucene's minimum-should-match, Elasticsearch's {@code minimum_should_match: -1}); written as a query string here
 * so that every index behind {@link org.storyline.index.ArticleIndex} reads it the same way.
 *
 * <pre>{@code
 * MostWords.of("airliner missile crash")  // "(missile crash) OR (airliner crash) OR (airliner missile)"
 * MostWords.of("\"plane\" crash")          // null: the reader used the syntax, so said exactly what they want
 * }</pre>
 */
final class MostWords {

    /** Fewer words: leaving one out is most of the query. More: one left out hardly changes it. */
    static final int MIN_WORDS = 3;
    static final int MAX_WORDS = 8;
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}'’ ]+");
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT");

    private MostWords() {
    }

    /** The relaxed query, or null when {@code query} is not {@value #MIN_WORDS} to {@value #MAX_WORDS} plain words. */
    static String of(String query) {
        if (query == null || !PLAIN.matcher(query.strip()).matches()) {
            return null;
        }
        String[] words = query.strip().split(" +");
        if (words.length < MIN_WORDS || words.length > MAX_WORDS
                || java.util.Arrays.stream(words).anyMatch(OPERATORS::contains)) {
            return null;
        }
        List<String> groups = new ArrayList<>();
        for (int left = 0; left < words.length; left++) {
            List<String> kept = new ArrayList<>();
            for (int i = 0; i < words.length; i++) {
                if (i != left) {
                    kept.add(words[i]);
                }
            }
            groups.add("(" + String.join(" ", kept) + ")");
        }
        return String.join(" OR ", groups);
    }
}
