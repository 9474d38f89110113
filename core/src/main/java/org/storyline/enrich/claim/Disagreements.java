package org.storyline.enrich.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.storyline.enrich.timeline.ContentWords;

/**
 * Groups the counts of a story's articles by what they count and reports where the values differ.
 *
 * <pre>{@code
 * List<ClaimGroup> disputed = new Disagreements().find(claimsOfAllArticles);
 * // DETAINED people: about 50 [aljazeera] vs 9 [ap, wfp, caucasus]
 * }</pre>
 *
 * <p>Two counts are about one thing when they have the same subject and noun class and their sentences
 * share enough rare words: "people detained" after a raid in Yekaterinburg and "people detained" after a
 * raid on a Baku newsroom are different things. Words are weighted by their rarity among all the claims'
 * sentences, averaged over every pair when groups merge (closest groups first). An article is taken not to
 * contradict itself: two different counts of one kind in one article are about two things. Only the
 * claim's own sentence counts: with its neighbours, a count of crash victims took in
 * the words of the sentence about the detentions before it. Partial counts ("five others") are left out.
 */
public final class Disagreements {

    /** Shared rarity that makes two sentences one event; a word of one sentence weighs 1. */
    static final double SAME_THING = 1.0;

    private final ContentWords words = new ContentWords();

    /** Every group, disputed or not, in order of first claim. */
    public List<ClaimGroup> group(List<NumericClaim> claims) {
        List<NumericClaim> whole = claims.stream().filter(c -> !c.partial()).toList();
        Map<NumericClaim, Set<String>> bags = new HashMap<>();
        whole.forEach(c -> bags.put(c, words.of(c.sentence())));
        Map<String, Double> rarity = rarity(bags.values());
        List<List<NumericClaim>> groups = new ArrayList<>();
        whole.forEach(c -> groups.add(new ArrayList<>(List.of(c))));
        while (mergeClosest(groups, bags, rarity)) {
            // merge until no two groups are close enough
        }
        groups.sort(java.util.Comparator.comparingInt(g -> whole.indexOf(g.get(0))));
        return groups.stream().map(Disagreements::toGroup).toList();
    }

    /** The groups whose values contradict each other, with claims from at least two articles. */
    public List<ClaimGroup> find(List<NumericClaim> claims) {
        return group(claims).stream().filter(g -> g.disputed() && g.articleCount() > 1).toList();
    }

    /** Merges the two closest groups (mean shared rarity over all pairs); false when none are close enough. */
    private static boolean mergeClosest(List<List<NumericClaim>> groups, Map<NumericClaim, Set<String>> bags,
                                        Map<String, Double> rarity) {
        int bestA = -1;
        int bestB = -1;
        double bestScore = SAME_THING;
        for (int a = 0; a < groups.size(); a++) {
            for (int b = a + 1; b < groups.size(); b++) {
                double score = closeness(groups.get(a), groups.get(b), bags, rarity);
                if (score >= bestScore) {
                    bestA = a;
                    bestB = b;
                    bestScore = score;
                }
            }
        }
        if (bestA < 0) {
            return false;
        }
        groups.get(bestA).addAll(groups.remove(bestB));
        return true;
    }

    private static double closeness(List<NumericClaim> a, List<NumericClaim> b, Map<NumericClaim, Set<String>> bags,
                                    Map<String, Double> rarity) {
        double total = 0;
        for (NumericClaim x : a) {
            for (NumericClaim y : b) {
                if (!comparable(x, y)) {
                    return 0;
                }
                total += shared(bags.get(x), bags.get(y), rarity);
            }
        }
        return total / (a.size() * b.size());
    }

    /**
     * Same subject and noun class, and not one article against itself: an article that gives two different
     * counts of people detained is counting two different detentions.
     */
    private static boolean comparable(NumericClaim x, NumericClaim y) {
        return x.subject() == y.subject()
                && ClaimExtractor.nounClass(x.noun()).equals(ClaimExtractor.nounClass(y.noun()))
                && !(x.articleId().equals(y.articleId()) && x.contradicts(y));
    }

    private static double shared(Set<String> a, Set<String> b, Map<String, Double> rarity) {
        double total = 0;
        for (String w : a) {
            total += b.contains(w) ? rarity.get(w) : 0;
        }
        return total;
    }

    private static Map<String, Double> rarity(java.util.Collection<Set<String>> bags) {
        Map<String, Integer> df = new HashMap<>();
        bags.forEach(bag -> bag.forEach(w -> df.merge(w, 1, Integer::sum)));
        double top = Math.log(1.0 + bags.size());
        Map<String, Double> out = new HashMap<>();
        df.forEach((w, n) -> out.put(w, Math.log(1.0 + (double) bags.size() / n) / top));
        return out;
    }

    private static ClaimGroup toGroup(List<NumericClaim> claims) {
        Map<String, List<NumericClaim>> byValue = new LinkedHashMap<>();
        for (NumericClaim c : claims) {
            byValue.computeIfAbsent(c.qualifier() + " " + c.value(), k -> new ArrayList<>()).add(c);
        }
        List<ClaimValue> values = new ArrayList<>();
        for (List<NumericClaim> same : byValue.values()) {
            List<String> ids = new ArrayList<>();
            List<String> phrases = new ArrayList<>();
            for (NumericClaim c : same) {
                if (!ids.contains(c.articleId())) {
                    ids.add(c.articleId());
                    phrases.add(c.phrase());
                }
            }
            values.add(new ClaimValue(same.get(0).value(), same.get(0).qualifier(), ids, phrases));
        }
        NumericClaim head = Objects.requireNonNull(claims.get(0));
        return new ClaimGroup(head.subject(), ClaimExtractor.nounClass(head.noun()), values, claims);
    }
}
