package org.storyline.enrich.claim;

import java.util.Objects;

/**
 * A count of people that one article states.
 *
 * <pre>{@code
 * // "About 50 people were detained, several were reportedly injured."
 * NumericClaim[subject=DETAINED, value=50, qualifier=ABOUT, noun=people, partial=false, phrase=About 50 people, sentence=...]
 * }</pre>
 *
 * @param articleId the article
 * @param subject   what the people were counted for
 * @param value     the count
 * @param qualifier its hedge
 * @param noun      the counted noun as written, lower case ("people", "journalists")
 * @param partial   true when the count is of a part ("five others", "Five of the six"), not of the whole
 * @param phrase    the words of the count ("at least ten Russian nationals")
 * @param sentence  the sentence, also what tells apart claims about different events
 */
public record NumericClaim(String articleId, Subject subject, long value, Qualifier qualifier, String noun,
                           boolean partial, String phrase, String sentence) {

    public NumericClaim {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(noun, "noun");
    }

    /** True when no count could satisfy both claims, hedges included. */
    public boolean contradicts(NumericClaim other) {
        return qualifier.high(value) < other.qualifier.low(other.value)
                || other.qualifier.high(other.value) < qualifier.low(value);
    }
}
