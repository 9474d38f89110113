package org.storyline.enrich.coverage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares the outlets of a story fact by fact.
 *
 * <pre>{@code
 * List<OutletCoverage> coverage = new CoverageComparer().compare(outletOfArticle, facts);
 * // AP: 14 facts; only AP: "7 people detained", ...; leaves out: "about 50 people detained"?
 * }</pre>
 */
public final class CoverageComparer {

    /** Others that must report a fact before leaving it out counts: at least this many... */
    static final int MIN_OTHERS = 2;
    /** ...and at least this share of the other outlets. */
    static final double MIN_SHARE = 0.5;

    /**
     * One entry per outlet, in order of first article; {@code outletOfArticle} maps every article id to its
     * outlet's display name. Facts naming unknown articles are counted for the articles that are known.
     */
    public List<OutletCoverage> compare(Map<String, String> outletOfArticle, List<Fact> stated) {
        List<Fact> facts = merged(stated);
        Map<String, List<String>> articlesOf = new LinkedHashMap<>();
        outletOfArticle.forEach((id, outlet) -> articlesOf.computeIfAbsent(outlet, k -> new ArrayList<>()).add(id));
        List<Set<String>> outletsOfFact = new ArrayList<>();
        for (Fact f : facts) {
            Set<String> outlets = new LinkedHashSet<>();
            f.articleIds().stream().map(outletOfArticle::get).filter(o -> o != null).forEach(outlets::add);
            outletsOfFact.add(outlets);
        }
        int outletCount = articlesOf.size();
        List<OutletCoverage> out = new ArrayList<>();
        for (var entry : articlesOf.entrySet()) {
            String outlet = entry.getKey();
            List<Fact> exclusive = new ArrayList<>();
            List<Fact> missing = new ArrayList<>();
            int reported = 0;
            for (int i = 0; i < facts.size(); i++) {
                Set<String> by = outletsOfFact.get(i);
                if (by.contains(outlet)) {
                    reported++;
                    if (by.size() == 1 && outletCount > 1) {
                        exclusive.add(facts.get(i));
                    }
                } else if (by.size() >= MIN_OTHERS && by.size() >= MIN_SHARE * (outletCount - 1)) {
                    missing.add(facts.get(i));
                }
            }
            out.add(new OutletCoverage(outlet, entry.getValue(), reported, exclusive, missing));
        }
        return out;
    }

    /**
     * Facts that read alike are one fact with all their articles: two groups that both say "38 people killed"
     * must not make an outlet the only one to report it and, in the same panel, one that leaves it out.
     */
    static List<Fact> merged(List<Fact> facts) {
        Map<String, Fact> byLabel = new LinkedHashMap<>();
        for (Fact f : facts) {
            String key = f.kind() + "\u0000" + f.label().strip().toLowerCase(java.util.Locale.ROOT);
            Fact seen = byLabel.get(key);
            if (seen == null) {
                byLabel.put(key, f);
            } else {
                Set<String> ids = new LinkedHashSet<>(seen.articleIds());
                ids.addAll(f.articleIds());
                byLabel.put(key, new Fact(seen.kind(), seen.label(), List.copyOf(ids)));
            }
        }
        return List.copyOf(byLabel.values());
    }
}
