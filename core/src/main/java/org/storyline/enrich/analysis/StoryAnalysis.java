package org.storyline.enrich.analysis;

import java.util.List;
import java.util.Map;
import org.storyline.enrich.account.AccountDispute;
import org.storyline.enrich.claim.ClaimGroup;
import org.storyline.enrich.claim.EventTolls;
import org.storyline.enrich.claim.Subject;
import org.storyline.enrich.coverage.OutletCoverage;
import org.storyline.enrich.outlet.OutletProfile;
import org.storyline.enrich.place.EventPlace;
import org.storyline.enrich.summary.SummarySentence;
import org.storyline.enrich.timeline.EventDay;
import org.storyline.enrich.timeline.TimelineEntry;

/**
 * What a story's articles say together, where they disagree, and who says what.
 *
 * @param timeline        dated events, background included, earliest first
 * @param claims          every group of numeric claims, disputed or not
 * @param accounts        every topic's accounts (cause of death, of a crash, blame), disputed or not
 * @param coverage        per outlet, what it alone reports and what it leaves out
 * @param summary         a few credited sentences, most relevant first
 * @param hashtags        the pages' own hashtags, then generated ones
 * @param outletOfArticle each article's outlet as shown ("outlet unknown (via …)" when it names none)
 * @param profiles        the registry's entry for each outlet shown, when it has one
 * @param place           where the event happened, as most articles give it; null when none says
 * @param day             the day the event happened, as most articles' leads give it; null when none says
 * @param tolls           how many the event killed and injured, as most articles give it (none, one or both)
 */
public record StoryAnalysis(List<TimelineEntry> timeline, List<ClaimGroup> claims, List<AccountDispute> accounts,
                            List<OutletCoverage> coverage, List<SummarySentence> summary, List<String> hashtags,
                            Map<String, String> outletOfArticle, Map<String, OutletProfile> profiles,
                            EventPlace place, EventDay day, List<EventTolls.Toll> tolls) {

    public StoryAnalysis {
        timeline = List.copyOf(timeline);
        claims = List.copyOf(claims);
        accounts = List.copyOf(accounts);
        coverage = List.copyOf(coverage);
        summary = List.copyOf(summary);
        hashtags = List.copyOf(hashtags);
        outletOfArticle = Map.copyOf(outletOfArticle);
        profiles = Map.copyOf(profiles);
        tolls = tolls == null ? List.of() : List.copyOf(tolls);
    }

    /** The event's toll of this kind (KILLED, INJURED), or null when no article gives one. */
    public EventTolls.Toll toll(Subject subject) {
        return tolls.stream().filter(t -> t.subject() == subject).findFirst().orElse(null);
    }

    /** The claim groups whose values contradict each other, from at least two articles. */
    public List<ClaimGroup> disputedClaims() {
        return claims.stream().filter(g -> g.disputed() && g.articleCount() > 1).toList();
    }

    /** The topics on which sources give more than one version. */
    public List<AccountDispute> disputedAccounts() {
        return accounts.stream().filter(AccountDispute::disputed).toList();
    }

    /** The outlets of these articles, each once, in order. */
    public List<String> outletsOf(List<String> articleIds) {
        return articleIds.stream().map(outletOfArticle::get).filter(o -> o != null).distinct().toList();
    }
}
