package org.storyline.enrich.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.storyline.enrich.account.Account;
import org.storyline.enrich.account.AccountComparer;
import org.storyline.enrich.account.AccountDispute;
import org.storyline.enrich.account.AccountExtractor;
import org.storyline.enrich.claim.ClaimExtractor;
import org.storyline.enrich.claim.ClaimGroup;
import org.storyline.enrich.claim.Disagreements;
import org.storyline.enrich.claim.EventTolls;
import org.storyline.enrich.claim.NumericClaim;
import org.storyline.enrich.coverage.CoverageComparer;
import org.storyline.enrich.coverage.Fact;
import org.storyline.enrich.coverage.Facts;
import org.storyline.enrich.hashtag.HashtagInput;
import org.storyline.enrich.hashtag.Hashtags;
import org.storyline.enrich.outlet.OutletNames;
import org.storyline.enrich.outlet.OutletProfile;
import org.storyline.enrich.outlet.OutletRegistry;
import org.storyline.enrich.place.PlaceFinder;
import org.storyline.enrich.summary.SummaryInput;
import org.storyline.enrich.summary.Summarizer;
import org.storyline.enrich.timeline.Event;
import org.storyline.enrich.timeline.EventExtractor;
import org.storyline.enrich.timeline.SentenceSplitter;
import org.storyline.enrich.timeline.TimelineBuilder;
import org.storyline.enrich.timeline.TimelineEntry;
import org.storyline.model.StoredArticle;

/**
 * Runs the story-level stages over a story's articles.
 *
 * <pre>{@code
 * StoryAnalyzer analyzer = new StoryAnalyzer(OutletRegistry.load(dataDir));
 * StoryAnalysis analysis = analyzer.analyze(store.articlesOfStory(id));
 * analysis.disputedClaims();  // about 50 people detained [Al Jazeera] vs 9 [AP, ...]
 * }</pre>
 *
 * <p>Thread-safe: it holds immutable settings, stateless stages and a bounded memory of what each article said
 * ({@link ArticleReadings}), so a story analysed again after a change reads only its new or changed articles.
 */
public final class StoryAnalyzer {

    /** Sentences in a story summary. */
    public static final int SUMMARY_SENTENCES = 4;
    /** Sentences in an article's paragraph. */
    public static final int PARAGRAPH_SENTENCES = 3;
    /** The newest originals analysed; beyond this a page would wait on pairwise grouping. */
    static final int MAX_ARTICLES = 150;

    private final OutletRegistry outlets;
    private final EventExtractor events;
    private final ClaimExtractor claims;
    private final AccountExtractor accounts;
    private final Summarizer summarizer;
    private final TimelineBuilder timelines = new TimelineBuilder();
    private final Disagreements disagreements = new Disagreements();
    private final AccountComparer comparer = new AccountComparer();
    private final CoverageComparer coverage = new CoverageComparer();
    private final Hashtags hashtags = new Hashtags();
    private final org.storyline.enrich.outlet.WireCredit wires;
    private final org.storyline.enrich.timeline.LeadDates leads;
    private final PlaceFinder places = new PlaceFinder(new org.storyline.enrich.entity.EntityExtractor());
    private final ArticleReadings readings = new ArticleReadings();

    public StoryAnalyzer(OutletRegistry outlets) {
        this.outlets = Objects.requireNonNull(outlets, "outlets");
        this.wires = new org.storyline.enrich.outlet.WireCredit(outlets);
        SentenceSplitter sentences = new SentenceSplitter();
        this.events = new EventExtractor(sentences);
        this.leads = new org.storyline.enrich.timeline.LeadDates(sentences);
        this.claims = new ClaimExtractor(sentences);
        this.accounts = new AccountExtractor(sentences);
        this.summarizer = new Summarizer(sentences);
    }

    /** The analysis of a story from its articles, copies included. */
    public StoryAnalysis analyze(List<StoredArticle> articles) {
        return analyze(articles, List.of());
    }

    /**
     * As {@link #analyze(List)}, with facts other stages found (quotes from the entity stage, say) compared
     * across outlets too.
     */
    public StoryAnalysis analyze(List<StoredArticle> articles, List<Fact> moreFacts) {
        List<StoredArticle> originals = originals(articles);
        List<Event> allEvents = new ArrayList<>();
        List<NumericClaim> allClaims = new ArrayList<>();
        List<Account> allAccounts = new ArrayList<>();
        List<PlaceFinder.Candidate> allPlaces = new ArrayList<>();
        List<Event> leadDays = new ArrayList<>();
        for (StoredArticle a : originals) {
            ArticleReadings.Reading r = readings.of(a, this::read);
            allEvents.addAll(r.events());
            r.leadDay().ifPresent(leadDays::add);
            allClaims.addAll(r.claims());
            allAccounts.addAll(r.accounts());
            r.place().ifPresent(allPlaces::add);
        }
        List<TimelineEntry> timeline = timelines.build(allEvents);
        List<NumericClaim> standing = org.storyline.enrich.claim.Tolls.withoutSurvivorsWhoDied(allClaims);
        List<ClaimGroup> groups = disagreements.group(standing);
        var day = leads.story(leadDays).orElse(null);
        var tolls = EventTolls.of(standing, allClaims);
        List<AccountDispute> disputes = comparer.compare(allAccounts);
        Map<String, String> outletOf = new LinkedHashMap<>();
        Map<String, StoredArticle> byId = new LinkedHashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        articles.forEach(a -> outletOf.put(a.id(), creditOf(a, byId)));
        List<Fact> facts = new ArrayList<>();
        facts.addAll(Facts.ofTimeline(timeline.stream().filter(e -> !e.background()).toList()));
        facts.addAll(Facts.ofClaims(groups));
        facts.addAll(Facts.ofAccounts(disputes));
        facts.addAll(moreFacts);
        var perOutlet = coverage.compare(outletOf, withCopies(facts, articles));
        var summary = summarizer.story(originals.stream().map(a -> new SummaryInput(a.id(), a.article().text()))
                .toList(), SUMMARY_SENTENCES);
        var tags = hashtags.story(originals.stream().map(a -> new HashtagInput(a.id(), a.article().title(),
                a.article().text(), a.article().published() == null ? null : a.article().published().instant(),
                a.article().hashtags())).toList());
        Map<String, OutletProfile> profiles = new LinkedHashMap<>();
        articles.forEach(a -> {
            String name = outletOf.get(a.id());
            outlets.find(name).or(() -> profile(a)).ifPresent(p -> profiles.putIfAbsent(name, p));
        });
        return new StoryAnalysis(timeline, groups, disputes, perOutlet, summary, tags, outletOf, profiles,
                places.story(allPlaces).orElse(null), day, tolls);
    }

    /** What the story's analysis reads from one article on its own. */
    private ArticleReadings.Reading read(StoredArticle a) {
        String text = a.article().text();
        List<Event> found = events.extract(a.id(), text, a.article().published());
        return new ArticleReadings.Reading(found, leads.article(text, found),
                claims.extract(a.id(), a.article().title(), text, a.article().published()), accounts.extract(a.id(), text),
                places.article(a.id(), text));
    }

    /** Per-article readings served from memory and made, since this analyser was created: {hits, readings}. */
    public long[] readingCounts() {
        return readings.counts();
    }

    /** The registry entry for an article's outlet, by name, else by address. */
    public java.util.Optional<OutletProfile> profile(StoredArticle article) {
        return outlets.find(article.article().outlet(), article.article().url());
    }

    /** The registry entry for an outlet name. */
    public java.util.Optional<OutletProfile> profile(String outlet) {
        return outlets.find(outlet);
    }

    private static List<StoredArticle> originals(List<StoredArticle> articles) {
        List<StoredArticle> out = new ArrayList<>(articles.stream().filter(a -> !a.isCopy()).toList());
        out.sort(Comparator.comparing((StoredArticle a) -> a.article().published() == null ? null
                : a.article().published().instant(), Comparator.nullsLast(Comparator.reverseOrder())));
        return out.size() > MAX_ARTICLES ? out.subList(0, MAX_ARTICLES) : out;
    }

    /** Facts reported by an original are also reported by its republished copies. */
    private static List<Fact> withCopies(List<Fact> facts, List<StoredArticle> articles) {
        Map<String, List<String>> copies = new LinkedHashMap<>();
        articles.stream().filter(StoredArticle::isCopy)
                .forEach(c -> copies.computeIfAbsent(c.duplicateOf(), k -> new ArrayList<>()).add(c.id()));
        if (copies.isEmpty()) {
            return facts;
        }
        List<Fact> out = new ArrayList<>();
        for (Fact f : facts) {
            List<String> ids = new ArrayList<>(f.articleIds());
            f.articleIds().forEach(id -> ids.addAll(copies.getOrDefault(id, List.of())));
            out.add(new Fact(f.kind(), f.label(), ids));
        }
        return out;
    }

    /** A copy of a wire story is the wire's too, even when the republisher cut the dateline. */
    private String creditOf(StoredArticle a, Map<String, StoredArticle> byId) {
        StoredArticle original = a.isCopy() ? byId.get(a.duplicateOf()) : null;
        if (original != null) {
            java.util.Optional<String> wire = wires.of(original.article().text(), original.article().author());
            if (wire.isPresent()) {
                return wire.get();
            }
        }
        return outletName(a);
    }

    /**
     * Who a reader should credit: the wire agency its dateline or byline names ("BAKU (AP) —" is AP's story,
     * whoever republished it), else the outlet's name, else "outlet unknown (via where it came from)". Unnamed
     * articles from one site pool their coverage (a site is one outlet); one taken from a file stands alone, its
     * headline added ("outlet unknown (via 002.txt): Diplomatic Friction…"), since a file (an aggregator's page)
     * holds many outlets' articles.
     */
    public String outletName(StoredArticle a) {
        java.util.Optional<String> wire = wires.of(a.article().text(), a.article().author());
        if (wire.isPresent()) {
            return wire.get();
        }
        String source = OutletNames.source(a.article());
        if (OutletNames.named(a.article()) || OutletNames.host(a.article()) != null) {
            return source;
        }
        String title = a.article().title() == null ? a.id() : a.article().title();
        return source + ": " + (title.length() > 40 ? title.substring(0, title.lastIndexOf(' ', 40) > 20
                ? title.lastIndexOf(' ', 40) : 40) + "…" : title);
    }
}
