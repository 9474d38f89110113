package org.storyline.enrich.claim;

import java.util.List;
import java.util.Objects;

/**
 * Claims of a story's articles about one thing ("people detained in the Yekaterinburg raid"), by value.
 *
 * <pre>{@code
 * ClaimGroup[subject=DETAINED, noun=people, values=[about 50 [seed001-aljazeera], 9 [seed001-ap, ...]]]
 * }</pre>
 *
 * @param subject what was counted
 * @param noun    the noun class ("people", "journalists")
 * @param values  the distinct values, each with its articles, in order of first statement
 * @param claims  the grouped claims
 */
public record ClaimGroup(Subject subject, String noun, List<ClaimValue> values, List<NumericClaim> claims) {

    public ClaimGroup {
        Objects.requireNonNull(subject, "subject");
        values = List.copyOf(values);
        claims = List.copyOf(claims);
    }

    /** True when two of the values cannot both be right, hedges included ("about 50" vs "9"). */
    public boolean disputed() {
        for (NumericClaim a : claims) {
            for (NumericClaim b : claims) {
                if (a.contradicts(b)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Number of distinct articles in the group. */
    public long articleCount() {
        return claims.stream().map(NumericClaim::articleId).distinct().count();
    }
}
