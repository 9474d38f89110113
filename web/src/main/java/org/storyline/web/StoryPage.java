package org.storyline.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.storyline.enrich.summary.SummarySentence;
import org.storyline.enrich.timeline.TimelineEntry;
import org.storyline.model.Published;
import org.storyline.model.StoredArticle;
import org.storyline.model.Story;

/**
 * The story page: a first screen built around the coverage (title, dates, a short summary in date order, the
 * articles grouped by kind), and below or beside it the analysis, each part ranked and capped with the rest behind
 * a "show all" that works without script. Used by {@code story.jte}.
 *
 * @param story     the story as stored (its title is the clustering's)
 * @param count     its size with copies counted once
 * @param coverage  the grouped articles
 * @param timeline  the foreground timeline, date order
 * @param history   merges and splits
 * @param people    people, organisations, places and speakers
 * @param analysis  summary, hashtags, disagreements, coverage by outlet
 */
public record StoryPage(Story story, org.storyline.store.ArticleStore.StoryCount count, StoryCoverage coverage,
                        List<TimelineEntry> timeline, List<StoryHistory.Line> history, EntityViews.StoryPeople people,
                        StoryAnalysisView analysis) {

    /** Summary lines on the first screen. */
    static final int SUMMARY_LINES = 3;
    /** Items each section shows before "show all". */
    public static final int TOP = 4;

    /**
     * Where or when the story's event happened, as the analysis states it, with the outlets whose articles give it
     * and the first of their sentences, so a reader can check it.
     *
     * @param kind      "place", "day" or "toll" (the page's class for it)
     * @param label     "Where", "When", "Killed" or "Injured"
     * @param value     "Baku, Azerbaijan", "30 June 2025", "at least 3"
     * @param datetime  the machine-readable day for a {@code <time>}, or null for a place
     * @param outlets   the outlets behind it, as shown, each once
     * @param sentence  the words of the first article that gives it, datelines stripped
     * @param articleId that article
     */
    public record EventFact(String kind, String label, String value, String datetime, List<String> outlets, String sentence, String articleId) {

        /** "Russia Today, DW and AP"; past three, "Russia Today, DW, AP and 4 more". */
        public String credit() {
            if (outlets.size() <= 1) {
                return String.join("", outlets);
            }
            if (outlets.size() <= 3) {
                return String.join(", ", outlets.subList(0, outlets.size() - 1)) + " and " + outlets.getLast();
            }
            return String.join(", ", outlets.subList(0, 3)) + " and " + (outlets.size() - 3) + " more";
        }
    }

    /** Where the event happened, or null when no article says. */
    public EventFact place() {
        org.storyline.enrich.place.EventPlace p = analysis.analysis().place();
        if (p == null || p.articleIds().isEmpty()) {
            return null;
        }
        boolean regionSaid = p.region() == null || p.region().isBlank()
                || p.name().toLowerCase(java.util.Locale.ROOT).contains(p.region().toLowerCase(java.util.Locale.ROOT));
        return fact("place", "Where", regionSaid ? p.name() : p.name() + ", " + p.region(), null, p.articleIds(), p.sentence());
    }

    /** The day the event happened, or null when no article's lead says. */
    public EventFact day() {
        org.storyline.enrich.timeline.EventDay d = analysis.analysis().day();
        return d == null || d.articleIds().isEmpty() ? null
                : fact("day", "When", Show.day(d.date()), d.date().toString(), d.articleIds(), d.sentence());
    }

    /** How many the event killed and injured, each that the articles give. */
    public List<EventFact> tolls() {
        return analysis.analysis().tolls().stream().filter(t -> !t.articleIds().isEmpty())
                .map(t -> fact("toll", t.subject() == org.storyline.enrich.claim.Subject.KILLED ? "Killed" : "Injured",
                        t.label(), null, t.articleIds(), t.sentence())).toList();
    }

    /** Where, when, then how many were killed and injured, each that the articles give; empty when they give none. */
    public List<EventFact> event() {
        List<EventFact> out = new ArrayList<>(java.util.stream.Stream.of(place(), day())
                .filter(java.util.Objects::nonNull).toList());
        out.addAll(tolls());
        return out;
    }

    private EventFact fact(String kind, String label, String value, String datetime, List<String> articleIds,
                           String sentence) {
        return new EventFact(kind, label, value, datetime, articleIds.stream().map(this::credited).distinct().toList(),
                sentence == null ? "" : StoryCoverage.withoutDateline(sentence), articleIds.get(0));
    }

    /** A summary line: the sentence without its dateline, and who to credit ("AP via Winnipeg Free Press"). */
    public record Line(String text, String articleId, String credit) {}

    /** The summary's first sentences, in the order their articles were published; datelines stripped, wires credited. */
    public List<Line> summary() {
        List<SummarySentence> picked = analysis.summary().stream().limit(SUMMARY_LINES).toList();
        List<SummarySentence> ordered = new ArrayList<>(picked);
        ordered.sort(Comparator.comparing((SummarySentence s) -> published(s.articleId()),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparingInt(SummarySentence::position));
        return ordered.stream()
                .map(s -> new Line(StoryCoverage.withoutDateline(s.text()), s.articleId(), credited(s.articleId())))
                .toList();
    }

    /** "9 articles from 5 outlets", copies left out of the count; "· 1 republished copy" follows on the page. */
    public String size() {
        return Show.plural(count.originals(), "article", "articles") + " from "
                + Show.plural(count.outlets(), "outlet", "outlets");
    }

    /** "1–10 July 2025", or "" when no article is dated. */
    public String dates() {
        return Show.span(story.firstPublished(), story.lastPublished());
    }

    /** The meta description: the first summary line, else the newest article's opening. */
    public String description() {
        List<Line> lines = summary();
        String text = !lines.isEmpty() ? lines.get(0).text()
                : coverage.rows().isEmpty() ? "" : coverage.rows().get(0).article().article().text();
        return Show.snippet(text, 200);
    }

    /** The timeline's best-supported entries (most reporting articles), shown in date order. */
    public List<TimelineEntry> topTimeline() {
        return top(timeline, Comparator.comparingInt((TimelineEntry e) -> e.articleIds().size()).reversed(),
                Comparator.comparing(TimelineEntry::date));
    }

    /** The article with this id among the story's, or null. */
    public StoredArticle article(String id) {
        return coverage.rows().stream().flatMap(r -> java.util.stream.Stream.concat(java.util.stream.Stream.of(r.article()),
                r.copies().stream().map(StoryCoverage.Copy::article))).filter(a -> a.id().equals(id)).findFirst()
                .orElse(null);
    }

    /** Who published an article of the story, as shown. */
    public String outlet(String articleId) {
        StoredArticle a = article(articleId);
        return a == null ? analysis.outlet(articleId) : Show.source(a.article());
    }

    /**
     * Who reports a timeline entry, each outlet once (an outlet with two articles on it is one source, not two
     * links with the same name), linked to its first article of the entry, in the entry's order.
     *
     * @param outlet    as shown
     * @param articleId its first article giving the entry
     * @param articles  how many of its articles give it
     */
    public record Source(String outlet, String articleId, int articles) {}

    /** The outlets behind a timeline entry, each once; articles not in the story are left out. */
    public List<Source> sources(TimelineEntry entry) {
        java.util.Map<String, Source> byOutlet = new java.util.LinkedHashMap<>();
        for (String id : entry.articleIds()) {
            if (article(id) == null) {
                continue;
            }
            String outlet = outlet(id);
            byOutlet.merge(outlet, new Source(outlet, id, 1),
                    (first, more) -> new Source(first.outlet(), first.articleId(), first.articles() + 1));
        }
        return List.copyOf(byOutlet.values());
    }

    /** How an entry's date reads. */
    public String when(TimelineEntry entry) {
        return StoryTimeline.date(entry);
    }

    /** The first {@link #TOP} by {@code rank}, then put in {@code order}. */
    static <T> List<T> top(List<T> items, Comparator<T> rank, Comparator<T> order) {
        return items.stream().sorted(rank).limit(TOP).sorted(order).toList();
    }

    private java.time.Instant published(String articleId) {
        StoredArticle a = article(articleId);
        Published p = a == null ? null : a.article().published();
        return p == null ? null : p.instant();
    }

    /** Who to credit for an article: the wire its dateline names ("AP via Winnipeg Free Press"), else its outlet. */
    private String credited(String articleId) {
        StoredArticle a = article(articleId);
        if (a == null) {
            return analysis.outlet(articleId);
        }
        String wire = StoryCoverage.wireOf(a.article().text());
        String outlet = Show.source(a.article());
        return wire == null || wire.equalsIgnoreCase(outlet) ? outlet : wire + " via " + outlet;
    }
}
