package org.storyline.enrich.claim;

import java.util.List;

/**
 * One value of a {@link ClaimGroup} and the articles that state it.
 *
 * @param value      the count
 * @param qualifier  its hedge
 * @param articleIds the articles, each once
 * @param phrases    the words each article used, in the same order
 */
public record ClaimValue(long value, Qualifier qualifier, List<String> articleIds, List<String> phrases) {

    public ClaimValue {
        articleIds = List.copyOf(articleIds);
        phrases = List.copyOf(phrases);
    }

    /** "about 50", "at least 10", "9". */
    public String label() {
        return switch (qualifier) {
            case EXACT -> Long.toString(value);
            case ABOUT -> "about " + value;
            case AT_LEAST -> "at least " + value;
            case MORE_THAN -> "more than " + value;
            case UP_TO -> "up to " + value;
            case FEWER_THAN -> "fewer than " + value;
        };
    }
}
