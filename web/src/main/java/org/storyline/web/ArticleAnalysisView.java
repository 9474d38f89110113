package org.storyline.web;

import org.storyline.enrich.outlet.OutletProfile;

/**
 * What the article page shows of an article's analysis.
 *
 * @param summary  its one-paragraph extractive summary, "" when the text is too short for one or when the summary is
 *                 only the article's own opening (the reader reads that right below: "In short" would repeat it)
 * @param language the language name ("English"), or null when unknown
 * @param outlet   the registry's entry for its outlet, or null
 */
public record ArticleAnalysisView(String summary, String language, OutletProfile outlet) {

    /** The view of an article whose stored summary is {@code summary} and whose text is {@code text}. */
    static ArticleAnalysisView of(String summary, String text, String languageCode, OutletProfile outlet) {
        return new ArticleAnalysisView(beyondLead(summary, text), languageName(languageCode), outlet);
    }

    /** The summary, or "" when the text opens with exactly it (white space aside). */
    static String beyondLead(String summary, String text) {
        return summary.isBlank() || opensWith(text, summary) ? "" : summary;
    }

    /**
     * Whether {@code text} starts with {@code prefix}, any run of white space matching any other, leading white
     * space ignored. Reads no further into the text than the prefix reaches (an article page may hold a book).
     */
    private static boolean opensWith(String text, String prefix) {
        int i = skipSpace(text, 0);
        int j = skipSpace(prefix, 0);
        while (j < prefix.length()) {
            if (Character.isWhitespace(prefix.charAt(j))) {
                if (i >= text.length() || !Character.isWhitespace(text.charAt(i))) {
                    return skipSpace(prefix, j) == prefix.length(); // trailing white space of the prefix
                }
                i = skipSpace(text, i);
                j = skipSpace(prefix, j);
            } else if (i < text.length() && text.charAt(i) == prefix.charAt(j)) {
                i++;
                j++;
            } else {
                return false;
            }
        }
        return true;
    }

    private static int skipSpace(String s, int from) {
        int k = from;
        while (k < s.length() && Character.isWhitespace(s.charAt(k))) {
            k++;
        }
        return k;
    }

    /** "English" for "en"; null for null. */
    static String languageName(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String name = java.util.Locale.forLanguageTag(code).getDisplayLanguage(java.util.Locale.ENGLISH);
        return name.isBlank() ? code : name;
    }
}
