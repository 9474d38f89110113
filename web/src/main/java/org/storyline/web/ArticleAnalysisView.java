package org.storyline.web;

import org.storyline.enrich.outlet.OutletProfile;

/**
 * What the article page shows of an article's analysis.
 *
 * @param summary  its one-paragraph extractive summary, "" when the text is too short for one
 * @param language the language name ("English"), or null when unknown
 * @param outlet   the registry's entry for its outlet, or null
 */
public record ArticleAnalysisView(String summary, String language, OutletProfile outlet) {

    /** "English" for "en"; null for null. */
    static String languageName(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String name = java.util.Locale.forLanguageTag(code).getDisplayLanguage(java.util.Locale.ENGLISH);
        return name.isBlank() ? code : name;
    }
}
