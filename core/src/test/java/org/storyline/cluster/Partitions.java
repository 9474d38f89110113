package org.storyline.cluster;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Partitions as sets of sets of article ids, so two clusterings compare regardless of story ids. */
final class Partitions {

    private Partitions() {
    }

    static Set<Set<String>> of(List<SeedArticles.Labelled> articles, StoryClusterer clusterer) {
        Map<String, String> storyOf = new LinkedHashMap<>();
        for (SeedArticles.Labelled a : articles) {
            storyOf.put(a.input().articleId(), clusterer.assign(a.input()));
            // Merged stories relabel their articles, as the store does.
            clusterer.takeMerges().forEach((gone, kept) -> storyOf.replaceAll((id, s) -> s.equals(gone) ? kept : s));
        }
        Map<String, Set<String>> byStory = new LinkedHashMap<>();
        storyOf.forEach((id, story) -> byStory.computeIfAbsent(story, s -> new HashSet<>()).add(id));
        return new HashSet<>(byStory.values());
    }

    static Set<Set<String>> expected(List<SeedArticles.Labelled> articles) {
        Map<String, Set<String>> byStory = new LinkedHashMap<>();
        for (SeedArticles.Labelled a : articles) {
            byStory.computeIfAbsent(a.expectedStory(), s -> new HashSet<>()).add(a.input().articleId());
        }
        return new HashSet<>(byStory.values());
    }
}
