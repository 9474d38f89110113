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

    private static final java.util.regex.Pattern SPACE = java.util.regex.Pattern.compile("\\s+");

    /** The view of an article whose stored summary is {@code summary} and whose text is {@code text}. */
    static ArticleAnalysisView of(String summary, String text, String languageCode, OutletProfile outlet) {
        return new ArticleAnalysisView(beyondLead(summary, text), languageName(languageCode), outlet);
    }

    /** The summary, or "" when the text opens with exactly it (white space aside). */
    static String beyondLead(String summary, String text) {
        String said = SPACE.matcher(summary).replaceAll(" ").strip();
        return said.isEmpty() || SPACE.matcher(text).replaceAll(" ").strip().startsWith(said) ? "" : summary;
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
