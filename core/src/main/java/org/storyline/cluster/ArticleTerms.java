package org.storyline.cluster;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.storyline.text.Words;

/**
 * The terms of an article: counts in the headline and in the body kept apart (the clusterer gives the
 * headline a fixed share of the vector whatever the body's length), and the terms that look like names
 * (capitalised inside a sentence: "talks in Baku", "BRICS"), which shared stories tend to share.
 *
 * <p>Tokens are case-folded words of three letters or more, minus English function words, with a plural
 * "s" dropped so "Russians" and "Russian" meet. A headline written in Title Case gives no name signal.
 */
final class ArticleTerms {

    private static final Set<String> STOP = Set.of(("the and for that with was were are has have had from this "
            + "but not his her its they their them who which what when where will would can could said says "
            + "also been being than then there these those into over after before about more most other some "
            + "such only very just all any both each few our out own same too you your she him how why may "
            + "might must should one two new per via yet did does doing while during under again further once "
            + "here because until against between through above below off upon whether").split(" "));

    private ArticleTerms() {
    }

    final Map<String, Integer> title = new HashMap<>();
    final Map<String, Integer> body = new HashMap<>();
    final Set<String> entities = new HashSet<>();
    /** Numbers written in digits (ages, counts, addresses, times): two reports of one event tend to share them. */
    final Set<String> numbers = new HashSet<>();

    /** The terms of {@code article}. */
    static ArticleTerms of(ClusterInput article) {
        ArticleTerms terms = new ArticleTerms();
        scan(article.title(), terms.title, isTitleCase(article.title()) ? null : terms.entities, terms.numbers);
        scan(article.text(), terms.body, terms.entities, terms.numbers);
        return terms;
    }

    /** Every distinct term, headline first. */
    Set<String> all() {
        Set<String> out = new java.util.LinkedHashSet<>(title.keySet());
        out.addAll(body.keySet());
        return out;
    }

    private static void scan(String text, Map<String, Integer> counts, Set<String> entities, Set<String> numbers) {
        boolean sentenceStart = true;
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (Character.isLetterOrDigit(c)) {
                start = start < 0 ? i : start;
                continue;
            }
            if (start >= 0) {
                String token = text.substring(start, i);
                record(token, sentenceStart, counts, entities);
                number(token, numbers);
                sentenceStart = false;
                start = -1;
            }
            if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '"' || c == '\'' || c == '“'
                    || c == '‘' || c == '—' || c == '-' && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
                sentenceStart = true;
            }
        }
    }

    private static void record(String token, boolean sentenceStart, Map<String, Integer> counts,
                               Set<String> entities) {
        String term = normalise(Words.fold(token));
        if (term == null) {
            return;
        }
        counts.merge(term, 1, Integer::sum);
        if (entities != null && !sentenceStart && Character.isUpperCase(token.charAt(0))) {
            entities.add(term);
        }
    }

    /** Records a number of up to four digits other than 0 and 1 (which say nothing about an event). */
    private static void number(String token, Set<String> numbers) {
        if (token.length() > 4 || !token.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return;
        }
        String value = token.replaceFirst("^0+(?=.)", "");
        if (!value.equals("0") && !value.equals("1")) {
            numbers.add(value);
        }
    }

    /** The comparable form of a folded word, or null for words too short or too common to tell stories apart. */
    static String normalise(String word) {
        if (word.length() < 3 || STOP.contains(word)) {
            return null;
        }
        int n = word.length();
        if (n > 4 && word.charAt(n - 1) == 's' && "sui".indexOf(word.charAt(n - 2)) < 0) {
            return word.substring(0, n - 1);
        }
        return word;
    }

    private static boolean isTitleCase(String title) {
        int words = 0;
        int capitalised = 0;
        for (String w : title.split("\\s+")) {
            if (w.length() > 3 && Character.isLetter(w.charAt(0))) {
                words++;
                capitalised += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
            }
        }
        return words >= 2 && capitalised * 10 >= words * 7;
    }
}
