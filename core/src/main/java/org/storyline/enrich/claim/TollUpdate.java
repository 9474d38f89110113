package org.storyline.enrich.claim;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A later report of the death of someone an earlier report counted hurt, told as news of that death only:
 * "A man shot his two sons and then himself; he is in critical condition" (2 killed, 1 injured), then days
 * later "He died of complications from his injuries" (1 killed). The story's toll is then 3 killed and none
 * injured, not the 2 killed most articles give.
 *
 * <pre>{@code
 * // 4 March: "Two climbers were killed and a third was critically injured."   KILLED 2, INJURED 1
 * // 9 March: "The third climber has died of his injuries."                     KILLED 1
 * TollUpdate.find(...)   // Update[killed=3, injured=0, ...]
 * }</pre>
 *
 * <p>Only a death told as following hurt ("has died", "later died", "succumbed", "died of/from his
 * injuries"), on a day its sentence names after the earlier report (or, undated, in an article more than
 * {@link #LATER_DAYS} days after it), for no more people than that one counted hurt
 * (beyond the hurt the later article still counts), and only when the later article does not already give
 * the whole toll (its dead fewer than the earlier dead and the new ones together). The earlier report is the
 * last one before that gives a count of the hurt: a story that mixes in an older incident's wounded (a
 * clustering error) must not turn this event's death into an update of that one.
 */
final class TollUpdate {

    /** The toll after the update, and the two articles it comes from (earlier, later). */
    record Update(long killed, long injured, List<String> articleIds, String sentence) {}

    /** A death told as news of someone hurt before: "has died", "later died", "succumbed to her wounds". */
    static final Pattern DIED_OF_HURT = Pattern.compile("(?i)\\b(?:has|have)\\s+(?:since\\s+|now\\s+)?died\\b"
            + "|\\blater\\s+died\\b|\\bdied\\s+(?:later|since)\\b|\\bsuccumb(?:ed|s)\\b|\\btaken off life support\\b"
            + "|\\bdied\\b[^.;]{0,60}?\\b(?:of|from|as a result of)\\s+(?:his|her|their|the)?\\s*(?:[\\w-]+\\s+)?"
            + "(?:injuries|wounds|complications)\\b");

    /**
     * Days after an earlier report that a later one must come for an undated death in it to be news the
     * earlier could not have had; a retelling of a death at the scene comes within a day or two.
     */
    static final int LATER_DAYS = 3;

    private TollUpdate() {
    }

    /** The day by which the death is known to have happened: the day its sentence names, else some days before its report. */
    private static LocalDate diedBy(NumericClaim death) {
        return death.day() != null ? death.day() : death.reported().minusDays(LATER_DAYS);
    }

    /**
     * The update a later article makes to an earlier one's toll, if any; {@code killed} and {@code injured}
     * are each article's largest count of the event, by article.
     */
    static Optional<Update> find(List<NumericClaim> claims, Map<String, NumericClaim> killed,
                                 Map<String, NumericClaim> injured) {
        Update best = null;
        for (NumericClaim death : claims) {
            if (death.subject() != Subject.KILLED || death.partial() || death.reported() == null
                    || !DIED_OF_HURT.matcher(death.sentence()).find() || killed.get(death.articleId()) == null) {
                continue;
            }
            String later = death.articleId();
            // the last report of the hurt before this one: the one whose hurt the death is news about
            NumericClaim hurt = injured.values().stream().filter(c -> !c.articleId().equals(later)
                    && c.reported() != null && c.reported().isBefore(death.reported()))
                    .max(Comparator.comparing(NumericClaim::reported)).orElse(null);
            if (hurt == null || !diedBy(death).isAfter(hurt.reported())) {
                continue;
            }
            long newlyDead = death.value();
            long stillHurt = injured.containsKey(later) ? injured.get(later).value() : 0;
            NumericClaim dead = killed.get(hurt.articleId());
            long deadBefore = dead == null ? 0 : dead.value();
            if (hurt.value() >= newlyDead + stillHurt && killed.get(later).value() < deadBefore + newlyDead
                    && (best == null || deadBefore + newlyDead > best.killed())) {
                best = new Update(deadBefore + newlyDead, hurt.value() - newlyDead, List.of(hurt.articleId(), later),
                        death.sentence());
            }
        }
        return Optional.ofNullable(best);
    }
}
