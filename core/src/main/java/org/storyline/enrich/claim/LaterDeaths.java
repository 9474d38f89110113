package org.storyline.enrich.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hurt of an article who died, told in a later sentence: "Three men were wounded. One of them later
 * died." is one killed and two injured, not three injured. News prose counts those shot or taken to hospital
 * first and tells of a death among them after; the dead are then no longer among the injured.
 *
 * <pre>{@code
 * // "Five people were shot on Main Street. Two of the victims died."
 * LaterDeaths.apply(claims, sentences)   // INJURED 3, KILLED 2 (was INJURED 5)
 * }</pre>
 *
 * <p>Only a part that points back at the hurt ("one of them", "two of the victims", "one of the wounded"),
 * and only once per injured count; a death told of someone else leaves the count as it is.
 */
final class LaterDeaths {

    /** "One of them later died", "Two of the victims were pronounced dead at the hospital". */
    private static final Pattern PART_DIED = Pattern.compile("(?i)^\\W{0,3}(?:but\\s+)?(" + NumberWords.PATTERN
            + ")\\s+of\\s+(?:them|those|the\\s+(?:[\\w-]+\\s+)?(?:wounded|injured|men|women|children|"
            + "\\p{L}+s))\\b[^;]{0,120}?\\b(?:(?:later|has|have|had|then|since)\\s+)?(?:died|succumbed|"
            + "(?:was|were|has been|have been)\\s+(?:later\\s+)?(?:pronounced|declared)\\s+dead)\\b");

    private LaterDeaths() {
    }

    /** {@code claims} (in text order) with the injured who died later taken from the injured, and counted dead. */
    static List<NumericClaim> apply(List<NumericClaim> claims, List<String> sentences) {
        List<NumericClaim> out = new ArrayList<>(claims);
        NumericClaim hurt = null;
        int at = 0;
        for (String sentence : sentences) {
            for (; at < out.size() && out.get(at).sentence().equals(sentence); at++) {
                NumericClaim c = out.get(at);
                if (c.subject() == Subject.INJURED && !c.partial() && c.qualifier() == Qualifier.EXACT) {
                    hurt = c;
                }
            }
            Matcher m = PART_DIED.matcher(sentence);
            if (hurt == null || hurt.sentence().equals(sentence) || !m.find()) {
                continue;
            }
            long died = NumberWords.value(m.group(1));
            if (died >= hurt.value()) {
                hurt = null;
                continue;
            }
            int i = out.indexOf(hurt);
            out.set(i, new NumericClaim(hurt.articleId(), Subject.INJURED, hurt.value() - died, Qualifier.EXACT,
                    hurt.noun(), false, hurt.phrase() + " … " + m.group(1) + " died", hurt.sentence()));
            boolean deadCounted = out.stream().anyMatch(c -> c.subject() == Subject.KILLED && !c.partial()
                    && c.value() >= died);
            if (!deadCounted) { // "Two of the victims" stays a part; the dead it tells of are now counted whole
                out.add(at++, new NumericClaim(hurt.articleId(), Subject.KILLED, died, Qualifier.EXACT, "people", false,
                        m.group().strip(), sentence));
            }
            hurt = null;
        }
        return out;
    }
}
