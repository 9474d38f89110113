package org.storyline.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyline.enrich.analysis.StoryAnalysis;
import org.storyline.enrich.analysis.StoryAnalyzer;
import org.storyline.model.StoredArticle;

/**
 * The analyses of recently shown stories, so that a story page costs its analysis once per change of the
 * story rather than on every view. A story's key is its articles' ids, story ids and text lengths: a new, merged,
 * moved or updated article makes a new key. Holds at most {@link #SIZE} stories, least recently shown out first.
 */
final class AnalysisCache {

    static final int SIZE = 64;

    private final StoryAnalyzer analyzer;
    private final java.util.function.Function<List<StoredArticle>, List<org.storyline.enrich.coverage.Fact>> moreFacts;
    private final Map<String, StoryAnalysis> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, StoryAnalysis> eldest) {
            return size() > SIZE;
        }
    };

    AnalysisCache(StoryAnalyzer analyzer) {
        this(analyzer, articles -> List.of());
    }

    /** @param moreFacts facts the analyser does not find itself (the stored quotes), by the story's articles */
    AnalysisCache(StoryAnalyzer analyzer,
                  java.util.function.Function<List<StoredArticle>, List<org.storyline.enrich.coverage.Fact>> moreFacts) {
        this.analyzer = analyzer;
        this.moreFacts = moreFacts;
    }

    StoryAnalysis of(List<StoredArticle> articles) {
        StringBuilder key = new StringBuilder();
        for (StoredArticle a : articles) {
            key.append(a.id()).append('/').append(a.duplicateOf()).append('/').append(a.storyId()).append('/')
                    .append(a.article().text().length()).append('/').append(a.article().outlet()).append(';');
        }
        String k = key.toString();
        synchronized (cache) {
            StoryAnalysis hit = cache.get(k);
            if (hit != null) {
                return hit;
            }
        }
        StoryAnalysis analysis = analyzer.analyze(articles, moreFacts.apply(articles)); // outside the lock: pages of other stories go on
        synchronized (cache) {
            cache.put(k, analysis);
        }
        return analysis;
    }
}
