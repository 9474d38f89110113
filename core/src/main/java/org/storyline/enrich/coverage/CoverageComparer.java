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
    public List<OutletCoverage> compare(Map<String, String> outletOfArticle, List<Fact> facts) {
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
}
