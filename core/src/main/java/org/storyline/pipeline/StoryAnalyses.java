package org.storyline.pipeline;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.storyline.enrich.analysis.StoryAnalysis;
import org.storyline.enrich.analysis.StoryAnalyzer;
import org.storyline.enrich.outlet.OutletRegistry;
import org.storyline.model.StoredArticle;
import org.storyline.store.ArticleStore;
import org.storyline.store.StoredAnalysis;

/**
 * Stories' analyses, kept in the store: computed when a story changes ({@link #refresh}, which the pipeline calls
 * for the stories a batch touched), served from the store ({@link #of}). Pages render what is stored; only a
 * story that has none for its current version (a crash between a write and its refresh, or a store written by an
 * older version) is analysed on the spot, once, and stored.
 *
 * <pre>{@code
 * StoryAnalyses analyses = new StoryAnalyses(store);
 * analyses.refresh(touchedStoryIds);          // after a write
 * StoryAnalysis a = analyses.of(storyId).orElseThrow();   // a page: one read and a JSON decode
 * }</pre>
 *
 * <p>Stored as JSON ({@value #FORMAT} is the format; raise it when {@link StoryAnalysis} or the analysers change
 * what they produce, and every story is analysed again lazily). Thread-safe.
 */
public final class StoryAnalyses {

    /** The format of stored analyses; an analysis of another format is stale. */
    public static final int FORMAT = 6; // 2: counts carry their time and updates; 3: the event's place and day; 4: its tolls (issue 12);
    // 5: unnamed outlets keyed by where they came from; 6: counts read from more forms of the wounded, another
    // incident recalled gives none (issue 12)

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final ArticleStore store;
    private final StoryAnalyzer analyzer;

    public StoryAnalyses(ArticleStore store) {
        this(store, new StoryAnalyzer(OutletRegistry.load(store.directory())));
    }

    public StoryAnalyses(ArticleStore store, StoryAnalyzer analyzer) {
        this.store = store;
        this.analyzer = analyzer;
    }

    /** The story's analysis as it is now; empty when there is no such story. */
    public Optional<StoryAnalysis> of(String storyId) {
        Optional<StoredAnalysis> stored = store.analyses().of(storyId);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        if (stored.get().isCurrent(FORMAT)) {
            StoryAnalysis decoded = decode(stored.get().body());
            if (decoded != null) {
                return Optional.of(decoded);
            }
        }
        return Optional.of(analyse(storyId, stored.get().storyVersion()));
    }

    /** Analyses these stories as they are now and stores the results; returns how many were stored. */
    public int refresh(Collection<String> storyIds) {
        List<Due> due = new java.util.ArrayList<>();
        int stored = 0;
        for (String id : storyIds) {
            Optional<StoredAnalysis> current = store.analyses().of(id);
            if (current.isPresent() && !current.get().isCurrent(FORMAT)) {
                due.add(new Due(id, current.get().storyVersion()));
            }
            if (due.size() == PARALLEL_CHUNK) {
                stored += analyse(due);
                due.clear();
            }
        }
        return stored + analyse(due);
    }

    /** Stories analysed at once, on all cores, before their analyses are written: bounds what is held in memory. */
    private static final int PARALLEL_CHUNK = 64;

    /** A story whose analysis is due, with the version it is analysed at. */
    private record Due(String storyId, long version) {
    }

    /**
     * Analyses the stories in parallel (reads only: the store's readers do not wait on each other), then writes
     * the analyses one after the other, in order (one writer at a time is what the store takes).
     */
    private int analyse(List<Due> due) {
        List<String> bodies = due.parallelStream().map(d -> encode(compute(d.storyId()))).toList();
        for (int i = 0; i < due.size(); i++) {
            store.analyses().put(due.get(i).storyId(), due.get(i).version(), FORMAT, bodies.get(i));
        }
        return due.size();
    }

    /** Analyses up to {@code limit} stories whose stored analysis is stale, most active first. */
    public int refreshStale(int limit) {
        return refresh(store.analyses().stale(FORMAT, limit));
    }

    private StoryAnalysis analyse(String storyId, long version) {
        StoryAnalysis analysis = compute(storyId);
        store.analyses().put(storyId, version, FORMAT, encode(analysis));
        return analysis;
    }

    private StoryAnalysis compute(String storyId) {
        List<StoredArticle> articles = store.articlesOfStory(storyId);
        return analyzer.analyze(articles, articles.isEmpty() ? List.of()
                : QuoteFacts.of(store.entities().quotesOfStory(storyId), articles));
    }

    static String encode(StoryAnalysis analysis) {
        try {
            return JSON.writeValueAsString(analysis);
        } catch (IOException e) {
            throw new UncheckedIOException("analysis: cannot encode a story analysis", e);
        }
    }

    /** The stored analysis, or null when it cannot be read (then it is computed again). */
    static StoryAnalysis decode(String body) {
        try {
            return JSON.readValue(body, StoryAnalysis.class);
        } catch (IOException e) {
            return null;
        }
    }
}
