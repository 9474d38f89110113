package org.storyline.enrich.timeline;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a clause that say what happened: lower-cased, crudely stemmed ("raids", "raided" → "raid"),
 * without function words, reporting verbs and date words, which every sentence in a story shares.
 */
public final class ContentWords {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\-]*");
    private static final Set<String> STOP = Set.of(
            "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as",
            "that", "this", "these", "those", "it", "its", "is", "was", "were", "be", "been", "are", "has", "have",
            "had", "he", "she", "they", "their", "his", "her", "them", "who", "which", "what", "when", "where",
            "after", "before", "since", "during", "into", "over", "than", "then", "also", "not", "no", "said",
            "says", "say", "told", "stated", "according", "would", "could", "will", "can", "may", "some", "all",
            "about", "last", "week", "month", "year", "earlier", "later", "today", "yesterday", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
            "april", "june", "july", "august", "september", "october", "november", "december", "one", "two",
            "both", "other", "others", "several", "more", "most", "such", "there", "here", "while", "did", "do", "between", "late", "early", "yet",
            "another", "tried", "being", "just", "only", "very", "now");

    /** Words that news uses interchangeably for one thing; each maps to the word that stands for all. */
    private static final java.util.Map<String, String> SAME = java.util.Map.of(
            "jet", "plane", "airliner", "plane", "aircraft", "plane", "arrest", "detain", "detention", "detain",
            "dead", "death", "died", "death");

    /** Content words of {@code text}, stemmed, in first-seen order. */
    public Set<String> of(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            if (word.length() > 2 && !STOP.contains(word)) {
                String stem = stem(word);
                out.add(SAME.getOrDefault(stem, SAME.getOrDefault(word, stem)));
            }
        }
        return out;
    }

    /** Capitalised words not at the start of the text: a cheap stand-in for names. */
    public Set<String> names(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = WORD.matcher(text);
        boolean first = true;
        while (m.find()) {
            String word = m.group();
            if (!first && Character.isUpperCase(word.charAt(0)) && !STOP.contains(word.toLowerCase(Locale.ROOT))) {
                out.add(stem(word.toLowerCase(Locale.ROOT)));
            }
            first = false;
        }
        return out;
    }

    /** Strips the commonest English inflections so "raids"/"raided"/"raiding" meet. */
    static String stem(String word) {
        String w = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        for (String suffix : new String[] {"ing", "ed", "es", "s"}) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 4 && !w.endsWith("ss")) {
                return w.substring(0, w.length() - suffix.length());
            }
        }
        return w;
    }
}
