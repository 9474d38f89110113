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
        Map<NumericClaim, Set<String>> described = new HashMap<>(); // once per claim, not once per pair
        whole.forEach(c -> described.computeIfAbsent(c, Descriptors::of));
        Map<String, Double> rarity = rarity(bags.values());
        // only claims of one subject and noun class can ever merge: cluster each such set on its own
        Map<String, List<NumericClaim>> kinds = new LinkedHashMap<>();
        whole.forEach(c -> kinds.computeIfAbsent(c.subject() + " " + ClaimExtractor.nounClass(c.noun()),
                k -> new ArrayList<>()).add(c));
        List<List<NumericClaim>> groups = new ArrayList<>();
        kinds.values().forEach(kind -> groups.addAll(cluster(kind, bags, described, rarity)));
        Map<NumericClaim, Integer> order = new HashMap<>();
        for (int i = 0; i < whole.size(); i++) {
            order.putIfAbsent(whole.get(i), i);
        }
        groups.sort(java.util.Comparator.comparingInt(g -> order.get(g.get(0))));
        return groups.stream().map(Disagreements::toGroup).toList();
    }

    /** The groups whose values contradict each other, with claims from at least two articles. */
    public List<ClaimGroup> find(List<NumericClaim> claims) {
        return group(claims).stream().filter(g -> g.disputed() && g.articleCount() > 1).toList();
    }

    /**
     * Average-linkage clustering of claims of one kind: repeatedly merges the two closest groups (mean shared
     * rarity over all pairs) until none are close enough. Pair scores are computed once and group sums kept
     * up to date, so a merge costs one pass over the groups instead of a pass over all pairs of claims.
     */
    private static List<List<NumericClaim>> cluster(List<NumericClaim> claims, Map<NumericClaim, Set<String>> bags,
                                                    Map<NumericClaim, Set<String>> described,
                                                    Map<String, Double> rarity) {
        int n = claims.size();
        double[][] sum = new double[n][n];
        boolean[][] blocked = new boolean[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                NumericClaim x = claims.get(a);
                NumericClaim y = claims.get(b);
                blocked[a][b] = blocked[b][a] = !comparable(x, y, described);
                sum[a][b] = sum[b][a] = blocked[a][b] ? 0 : shared(bags.get(x), bags.get(y), rarity);
            }
        }
        List<List<NumericClaim>> members = new ArrayList<>();
        claims.forEach(c -> members.add(new ArrayList<>(List.of(c))));
        boolean[] alive = new boolean[n];
        java.util.Arrays.fill(alive, true);
        while (true) {
            int bestA = -1;
            int bestB = -1;
            double bestScore = SAME_THING;
            for (int a = 0; a < n; a++) {
                for (int b = a + 1; alive[a] && b < n; b++) {
                    if (alive[b] && !blocked[a][b]) {
                        double score = sum[a][b] / (members.get(a).size() * members.get(b).size());
                        if (score >= bestScore) {
                            bestA = a;
                            bestB = b;
                            bestScore = score;
                        }
                    }
                }
            }
            if (bestA < 0) {
                break;
            }
            alive[bestB] = false;
            members.get(bestA).addAll(members.get(bestB));
            for (int k = 0; k < n; k++) {
                sum[bestA][k] = sum[k][bestA] = sum[bestA][k] + sum[bestB][k];
                blocked[bestA][k] = blocked[k][bestA] = blocked[bestA][k] || blocked[bestB][k];
            }
        }
        List<List<NumericClaim>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (alive[i]) {
                out.add(members.get(i));
            }
        }
        return out;
    }

    /**
     * Same subject and noun class, of people described alike ({@link Descriptors}), and not one article
     * against itself at one time: an article that gives two different counts of people detained is counting
     * two different detentions, unless it dates them apart (a toll that grew).
     */
    private static boolean comparable(NumericClaim x, NumericClaim y, Map<NumericClaim, Set<String>> described) {
        return x.subject() == y.subject()
                && ClaimExtractor.nounClass(x.noun()).equals(ClaimExtractor.nounClass(y.noun()))
                && !(x.articleId().equals(y.articleId()) && x.contradicts(y) && x.sameTime(y))
                && Descriptors.compatible(described.get(x), described.get(y));
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
