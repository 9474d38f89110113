package org.storyline.enrich.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.storyline.enrich.account.Account;
import org.storyline.enrich.claim.NumericClaim;
import org.storyline.enrich.place.PlaceFinder;
import org.storyline.enrich.timeline.Event;
import org.storyline.model.Published;
import org.storyline.model.StoredArticle;

/**
 * What the story analysis reads from each article on its own (its events, lead day, counts, accounts and place),
 * remembered for the articles read last, so that analysing a story again after one more article reads one
 * article, not all of them. The story-level steps (grouping, disagreements, the timeline) still run over all.
 *
 * <p>Why: a story's analysis is computed again each time the story changes, and per-article reading is most of
 * its cost ({@code bin/bench StoryIntelBench}: the counts, events and accounts of an article cost tens of
 * milliseconds). A story of 150 originals took seconds on every batch that added to it.
 *
 * <p>An entry is for one article id, publication time and text (compared whole: an updated article is read
 * again). Bounded ({@link #CAPACITY} articles, least recently used out); thread-safe; the values it hands out are
 * immutable records, shared by the analyses that use them.
 */
final class ArticleReadings {

    /** Articles remembered: well over one story's {@link StoryAnalyzer#MAX_ARTICLES} analysed originals. */
    static final int CAPACITY = 4_096;

    /** What one article says on its own. */
    record Reading(List<Event> events, Optional<Event> leadDay, List<NumericClaim> claims, List<Account> accounts,
                   Optional<PlaceFinder.Candidate> place) {

        Reading {
            events = List.copyOf(events);
            claims = List.copyOf(claims);
            accounts = List.copyOf(accounts);
        }
    }

    private record Entry(String text, Published published, Reading reading) {}

    private final int capacity;
    private final Map<String, Entry> entries;
    private long hits;
    private long misses;

    ArticleReadings() {
        this(CAPACITY);
    }

    ArticleReadings(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(64, 0.75f, true);
    }

    /** The article's reading, from memory when its text and time are the ones read before, else by {@code read}. */
    Reading of(StoredArticle article, Function<StoredArticle, Reading> read) {
        String text = article.article().text();
        Published published = article.article().published();
        synchronized (this) {
            Entry e = entries.get(article.id());
            if (e != null && e.text().equals(text) && Objects.equals(e.published(), published)) {
                hits++;
                return e.reading();
            }
            misses++;
        }
        Reading reading = read.apply(article); // outside the lock: the story analyses run in parallel
        synchronized (this) {
            entries.put(article.id(), new Entry(text, published, reading));
            if (entries.size() > capacity) {
                var eldest = entries.keySet().iterator();
                eldest.next();
                eldest.remove();
            }
        }
        return reading;
    }

    /** Readings served from memory and readings made, since this was created. */
    synchronized long[] counts() {
        return new long[] {hits, misses};
    }
}
