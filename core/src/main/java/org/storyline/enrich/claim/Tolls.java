package org.storyline.enrich.claim;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tolls across a story's articles: the wounded of an early report who are the dead of a later one.
 *
 * <pre>{@code
 * // Monday: "A boy was critically wounded" (1 injured); Tuesday: "The boy died" (1 killed, nobody injured)
 * Tolls.withoutSurvivorsWhoDied(claims)  // Tuesday's count stands; Monday's "1 injured" no longer holds
 * }</pre>
 *
 * <p>An article's injured count is dropped when a report as late or later gives at least as many more dead as
 * it gave injured, and no injured at all: every one it called wounded has died since. Where only some died
 * ("three wounded", then "one of them died, two remain in hospital") both counts stay and the group shows an
 * update.
 */
public final class Tolls {

    private Tolls() {
    }

    /** {@code claims} without the injured counts a later article's dead account for. */
    public static List<NumericClaim> withoutSurvivorsWhoDied(List<NumericClaim> claims) {
        Map<String, long[]> byArticle = new HashMap<>(); // killed, injured
        Map<String, LocalDate> reported = new HashMap<>();
        for (NumericClaim c : claims) {
            if (c.partial() || c.subject() != Subject.KILLED && c.subject() != Subject.INJURED) {
                continue;
            }
            long[] t = byArticle.computeIfAbsent(c.articleId(), k -> new long[2]);
            int i = c.subject() == Subject.KILLED ? 0 : 1;
            t[i] = Math.max(t[i], c.value());
            if (c.reported() != null) {
                reported.putIfAbsent(c.articleId(), c.reported());
            }
        }
        return claims.stream().filter(c -> c.subject() != Subject.INJURED || !diedSince(c, byArticle, reported))
                .toList();
    }

    private static boolean diedSince(NumericClaim c, Map<String, long[]> byArticle, Map<String, LocalDate> reported) {
        long[] mine = byArticle.get(c.articleId());
        LocalDate when = reported.get(c.articleId());
        if (mine == null || when == null || mine[1] == 0) {
            return false;
        }
        for (Map.Entry<String, long[]> other : byArticle.entrySet()) {
            LocalDate then = reported.get(other.getKey());
            long[] t = other.getValue();
            if (!other.getKey().equals(c.articleId()) && then != null && !then.isBefore(when) && t[1] == 0
                    && t[0] - mine[0] >= mine[1]) {
                return true;
            }
        }
        return false;
    }
}
