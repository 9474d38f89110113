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

    /**
     * True when two of the values cannot both be right at the same moment, hedges included ("about 50" vs "9"
     * about one raid); counts that differ at different times are an update ({@link #updated()}).
     */
    public boolean disputed() {
        for (NumericClaim a : claims) {
            for (NumericClaim b : claims) {
                if (a.contradicts(b) && a.sameTime(b)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when the count changed over time ("two dead" on Monday, "three dead" on Wednesday). */
    public boolean updated() {
        for (NumericClaim a : claims) {
            for (NumericClaim b : claims) {
                if (a.contradicts(b) && !a.sameTime(b)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The value that holds latest: the update a reader should take, or the only value. */
    public ClaimValue latest() {
        NumericClaim last = claims.stream().filter(c -> when(c) != null)
                .max(java.util.Comparator.comparing(ClaimGroup::when)).orElse(claims.get(0));
        return values.stream().filter(v -> v.value() == last.value() && v.qualifier() == last.qualifier())
                .findFirst().orElse(values.get(0));
    }

    private static java.time.LocalDate when(NumericClaim c) {
        return c.day() != null ? c.day() : c.reported();
    }

    /** Number of distinct articles in the group. */
    public long articleCount() {
        return claims.stream().map(NumericClaim::articleId).distinct().count();
    }
}
