package org.storyline.web;

import java.util.List;
import java.util.Map;
import org.storyline.enrich.account.AccountDispute;
import org.storyline.enrich.account.AccountVersion;
import org.storyline.enrich.analysis.StoryAnalysis;
import org.storyline.enrich.claim.ClaimGroup;
import org.storyline.enrich.claim.ClaimValue;
import org.storyline.enrich.coverage.ClaimLabels;
import org.storyline.enrich.coverage.Fact;
import org.storyline.enrich.coverage.OutletCoverage;
import org.storyline.enrich.outlet.OutletProfile;
import org.storyline.enrich.summary.SummarySentence;
import org.storyline.model.StoredArticle;

/**
 * What the story page shows of a story's analysis: the summary, the hashtags, where outlets disagree (counts
 * and accounts), per-outlet coverage and the registry label of each outlet. Used by {@code storyanalysis.jte}.
 *
 * @param analysis the story's analysis
 * @param articles the story's articles, for titles and links
 */
public record StoryAnalysisView(StoryAnalysis analysis, List<StoredArticle> articles) {

    /** A source of an account with the outlets that report it, for one line of the page. */
    public record Attributed(String source, List<String> outlets, List<String> articleIds, String evidence) {}

    public List<SummarySentence> summary() {
        return analysis.summary();
    }

    public List<String> hashtags() {
        return analysis.hashtags();
    }

    public List<ClaimGroup> disputedClaims() {
        return analysis.disputedClaims();
    }

    public List<AccountDispute> disputedAccounts() {
        return analysis.disputedAccounts();
    }

    /**
     * Coverage by outlet, copies counted once: an "outlet" whose only articles are republished copies reports
     * nothing of its own and is left out (its original's outlet is there).
     */
    public List<OutletCoverage> coverage() {
        java.util.Set<String> copies = new java.util.HashSet<>();
        articles.stream().filter(StoredArticle::isCopy).forEach(a -> copies.add(a.id()));
        List<OutletCoverage> own = analysis.coverage().stream()
                .filter(c -> c.articleIds().isEmpty() || !copies.containsAll(c.articleIds())).toList();
        return own.size() > 1 ? own : List.of();
    }

    /** "People detained", "People killed or dead". */
    public String claimTitle(ClaimGroup group) {
        String text = group.noun() + " " + ClaimLabels.verb(group.subject());
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The sentence of a group's first claim, shortened: what the count is about, so readers can judge. */
    public String context(ClaimGroup group) {
        return Show.snippet(group.claims().get(0).sentence(), 160);
    }

    /** The outlets behind a value, in order. */
    public List<String> outlets(ClaimValue value) {
        return analysis.outletsOf(value.articleIds());
    }

    /** The outlet of an article, as every page names it ("outlet unknown (via …)" when it has none). */
    public String outlet(String articleId) {
        return articles.stream().filter(a -> a.id().equals(articleId)).findFirst().map(a -> Show.source(a.article()))
                .orElseGet(() -> analysis.outletOfArticle().getOrDefault(articleId, Show.outlet(null)));
    }

    /**
     * An outlet of the analysis as shown: its name; an unnamed one by where it came from ("outlet unknown (via
     * 002.txt)", without the headline the analysis keeps it apart by); a wire the analysis credits ("AP") with
     * the outlets whose pages carried its story ("AP via Winnipeg Free Press"), as the summary credits it.
     */
    public String shown(String outletKey) {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        analysis.outletOfArticle().forEach((id, key) -> {
            if (key.equals(outletKey)) {
                ids.add(id);
            }
        });
        // One pass over the story's articles, as outlet(id) names each, not one search per carrier
        Map<String, String> named = new java.util.HashMap<>();
        articles.stream().filter(a -> ids.contains(a.id())).forEach(a -> named.put(a.id(), Show.source(a.article())));
        List<String> carriers = ids.stream().map(id -> named.getOrDefault(id, outletKey)).distinct()
                // named outlets first, then by name: the same line on every render, whatever the map's order
                .sorted(java.util.Comparator.comparing((String o) -> o.startsWith(Show.UNKNOWN))
                        .thenComparing(java.util.Comparator.naturalOrder()))
                .toList();
        if (carriers.isEmpty() || carriers.stream().anyMatch(outletKey::equalsIgnoreCase)) {
            return outletKey;
        }
        return outletKey.startsWith(Show.UNKNOWN) ? carriers.get(0) : outletKey + " via " + String.join(", ", carriers);
    }

    /** The outlets behind these articles, as shown, each once. */
    public List<String> shownOutlets(List<String> articleIds) {
        return articleIds.stream().map(this::outlet).distinct().toList();
    }

    /** Coverage by outlet, the outlets reporting most facts first, at most {@code n}. */
    public List<OutletCoverage> topCoverage(int n) {
        return coverage().stream().sorted(java.util.Comparator.comparingInt(OutletCoverage::reported).reversed())
                .limit(n).toList();
    }

    /** Coverage by outlet beyond the first {@code n}. */
    public List<OutletCoverage> moreCoverage(int n) {
        return coverage().stream().sorted(java.util.Comparator.comparingInt(OutletCoverage::reported).reversed())
                .skip(n).toList();
    }

    /** A version's sources, each with the outlets that attribute the version to it. */
    public List<Attributed> sources(AccountVersion version) {
        Map<String, List<String>> ids = new java.util.LinkedHashMap<>();
        Map<String, String> evidence = new java.util.HashMap<>();
        version.accounts().forEach(a -> {
            ids.computeIfAbsent(a.source(), k -> new java.util.ArrayList<>()).add(a.articleId());
            evidence.putIfAbsent(a.source(), a.evidence());
        });
        return ids.entrySet().stream().map(e -> new Attributed(e.getKey(),
                analysis.outletsOf(e.getValue().stream().distinct().toList()), e.getValue().stream().distinct().toList(),
                evidence.get(e.getKey()))).toList();
    }

    /** A quoted phrase of the version, as one article words it. */
    public String evidence(AccountVersion version) {
        return version.accounts().get(0).evidence();
    }

    /** "Russia · state-controlled", or "" for an outlet the registry does not know. */
    public String label(String outlet) {
        OutletProfile p = analysis.profiles().get(outlet);
        return p == null ? "" : p.label();
    }

    /** The title of an article of the story, or its id. */
    public String title(String articleId) {
        return articles.stream().filter(a -> a.id().equals(articleId)).findFirst()
                .map(a -> a.article().title()).orElse(articleId);
    }

    /** Where a story hashtag leads: its hashtag page, for a page's own hashtags and generated ones alike. */
    public String link(String tag) {
        return "/hashtag/" + Show.path(tag);
    }

    /** "event", "count", "account", "quote". */
    public String kind(Fact fact) {
        return switch (fact.kind()) {
            case EVENT -> "event";
            case CLAIM -> "count";
            case ACCOUNT -> "account";
            case QUOTE -> "quote";
        };
    }

    /** True when the page has anything of the analysis to show beyond the hashtags. */
    public boolean hasDisagreements() {
        return !disputedClaims().isEmpty() || !disputedAccounts().isEmpty();
    }
}
