package org.storyline.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.storyline.text.StableHash;

/**
 * Online story clustering: each article joins the story whose centroid is most similar (TF-IDF cosine,
 * headline and name terms weighted up) above a threshold, or founds a new story whose id derives from
 * the article's id.
 *
 * <p>Only stories sharing one of the article's top terms are compared, found through an inverted index
 * over centroid terms, so the cost of an assignment follows the number of related stories, not the size
 * of the archive. Centroids keep their top terms only and weigh members by recency; a story whose
 * members are all more than {@code quietDays} away from the article attracts it only when the similarity
 * is very high. Document frequencies are updated with every article.
 *
 * <pre>{@code
 * StoryClusterer stories = new StoryClusterer();
 * String s = stories.assign(new ClusterInput("a1", title, text, published));
 * }</pre>
 */
public final class StoryClusterer {

    private final ClusterSettings settings;
    private final TermStatistics statistics;
    private final StoryIndex index = new StoryIndex();
    private final List<Story> stories = new ArrayList<>();
    private final Map<String, Story> storiesById = new HashMap<>();
    private int[] visited = new int[1024];
    private int lookups;
    private final Map<String, String> merges = new LinkedHashMap<>();
    private final DenseSignal dense;
    private final double denseWeight;
    private float[] articleDense;

    /** A clusterer with {@link ClusterSettings#defaults()}. */
    public StoryClusterer() {
        this(ClusterSettings.defaults());
    }

    public StoryClusterer(ClusterSettings settings) {
        this(settings, null, 0);
    }

    /**
     * A clusterer that also weighs a dense signal: score = (1 - weight) · TF-IDF cosine + weight · dense cosine.
     * The join threshold applies to that mixed score, so it must be tuned for the weight (bench ClusterBench).
     */
    public StoryClusterer(ClusterSettings settings, DenseSignal dense, double weight) {
        this.settings = settings;
        this.statistics = new TermStatistics(settings.priorDocuments());
        this.dense = weight > 0 ? dense : null;
        this.denseWeight = weight;
    }

    /** Assigns the article to a story and returns the story id. */
    public String assign(ClusterInput article) {
        SparseVector vector = vectorOf(article);
        articleDense = dense == null ? null : dense.vectorOf(article);
        List<Story> candidates = candidates(vector);
        List<Story> eligible = new ArrayList<>();
        Story story = bestStory(vector, article, candidates, eligible);
        if (story == null) {
            story = storyFor(storyIdFor(article.articleId()));
        }
        join(story, vector, article);
        return mergeChapters(story, eligible).id;
    }

    /**
     * Stories merged since the last call: merged story id → the id of the story that absorbed it (the older
     * one, whose id stays). The store relabels the merged story's articles and keeps the old id as a redirect.
     */
    public Map<String, String> takeMerges() {
        Map<String, String> out = new LinkedHashMap<>();
        merges.forEach((gone, kept) -> out.put(gone, storiesById.get(kept).root().id));
        merges.clear();
        return out;
    }

    /**
     * After an article joined {@code story}, the story may have grown close to another story the article could
     * have joined as well: two chapters that began apart (a raid report and an analysis of the rift it caused). The younger story merges into
     * the older when their centroids are similar enough.
     */
    private Story mergeChapters(Story story, List<Story> candidates) {
        for (Story other : candidates) {
            Story a = story.root();
            Story b = other.root();
            if (a == b) {
                continue;
            }
            // Chapters apart by more than the quiet gap merge only when very similar, as articles join.
            double needed = a.gapDays(b) > settings.quietDays()
                    ? Math.max(settings.quietThreshold(), settings.mergeThreshold()) : settings.mergeThreshold();
            if (a.centroid().dot(b.centroid()) < needed) {
                continue;
            }
            Story kept = a.number < b.number ? a : b;
            Story gone = kept == a ? b : a;
            SparseVector before = kept.absorb(gone, settings);
            index.post(kept.number, before, kept.centroid());
            merges.put(gone.id, kept.id);
            story = kept;
        }
        return story.root();
    }

    /** A story cut in two: the articles in {@code moved} left story {@code from} and now form story {@code to}. */
    public record Split(String from, String to, List<String> moved) {
    }

    /**
     * Splits the story when it has drifted: when the weakest chronological cut of its members leaves two
     * halves whose similarity is below {@link DriftCheck#SPLIT_BELOW}, the later half becomes a story of its own
     * (its id derives from the story's id and the first article that leaves). Both stories are rebuilt
     * from their members; document frequencies are not counted again.
     *
     * @param storyId the story to check
     * @param members its original articles (copies left out), oldest first
     * @param denseOf a member's dense vector by article id (null when unknown); ignored without a dense signal
     */
    public Optional<Split> splitIfDrifted(String storyId, List<ClusterInput> members, Function<String, float[]> denseOf) {
        Story story = storiesById.get(storyId);
        if (story == null || story.root() != story || members.size() < 2 * DriftCheck.MIN_PART) {
            return Optional.empty();
        }
        List<SparseVector> vectors = members.stream().map(this::vectorOfKnown).toList();
        List<float[]> denseVectors = dense == null ? null
                : members.stream().map(m -> denseOf.apply(m.articleId())).toList();
        DriftCheck.Cut cut = DriftCheck.weakest(vectors, denseVectors, denseWeight);
        if (cut == null || cut.similarity() >= DriftCheck.SPLIT_BELOW) {
            return Optional.empty();
        }
        String newId = StableHash.of("split|" + storyId + "|" + members.get(cut.at()).articleId());
        Story late = storyFor(newId);
        SparseVector before = story.clear();
        for (int i = 0; i < members.size(); i++) {
            Story into = i < cut.at() ? story : late;
            if (denseVectors != null && denseVectors.get(i) != null) {
                into.addDense(denseVectors.get(i));
            }
            into.add(vectors.get(i), members.get(i).published(), settings);
        }
        index.post(story.number, before, story.centroid());
        index.post(late.number, SparseVector.EMPTY, late.centroid());
        List<String> moved = members.subList(cut.at(), members.size()).stream().map(ClusterInput::articleId).toList();
        return Optional.of(new Split(storyId, newId, moved));
    }

    /**
     * Whether the story should be checked for drift now that an article joined it: every third article up
     * to 60, then every 30th, so the cost of the checks stays a small multiple of the story's size.
     */
    public boolean driftCheckDue(String storyId) {
        Story story = storiesById.get(storyId);
        int size = story == null ? 0 : story.root().size();
        return size >= 2 * DriftCheck.MIN_PART && (size <= 60 ? size % 3 == 0 : size % 30 == 0);
    }

    /** Replays a stored assignment, so that later articles can join the story. */
    public void restore(ClusterInput article, String storyId) {
        articleDense = dense == null ? null : dense.vectorOf(article);
        join(storyFor(storyId), vectorOf(article), article);
    }

    /** The id a story founded by this article gets. */
    public static String storyIdFor(String articleId) {
        return StableHash.of("story|" + articleId);
    }

    /** Number of stories so far, merged ones not counted. */
    public int storyCount() {
        return (int) stories.stream().filter(s -> s.mergedInto == null).count();
    }

    /**
     * The story the article joins, or null; {@code eligible} receives every story it could have joined. Only
     * those are merge candidates: an article that belongs to two stories is what shows they are one.
     */
    private Story bestStory(SparseVector vector, ClusterInput article, List<Story> candidates, List<Story> eligible) {
        Story best = null;
        double bestMargin = 0;
        for (Story story : candidates) {
            double score = dense == null ? vector.dot(story.centroid())
                    : (1 - denseWeight) * vector.dot(story.centroid()) + denseWeight * story.denseCosine(articleDense);
            double margin = score - threshold(story);
            boolean quiet = story.gapDays(article.published()) > settings.quietDays();
            if (quiet && score < settings.quietThreshold()) {
                continue;
            }
            if (margin > 0) {
                eligible.add(story);
            }
            // Ties go to the older story, so the outcome does not depend on posting order.
            if (margin > bestMargin || margin == bestMargin && (best == null || story.number < best.number)) {
                best = story;
                bestMargin = margin;
            }
        }
        return best;
    }

    /**
     * A one-article story's centroid is a single, noisy sample of its topic, so joining it takes more
     * similarity than joining an established story; the extra margin shrinks as 1/size.
     */
    private double threshold(Story story) {
        return settings.joinThreshold() + settings.youngMargin() / story.size();
    }

    private List<Story> candidates(SparseVector vector) {
        lookups++;
        if (visited.length < stories.size()) {
            visited = java.util.Arrays.copyOf(visited, Math.max(stories.size(), visited.length * 2));
        }
        List<Story> out = new ArrayList<>();
        // The article's rarest terms are often in no centroid at all; query with its best indexed ones.
        for (int term : vector.top(settings.queryTerms(), index::contains).terms) {
            index.forEach(term, settings.postingsPerTerm(), number -> {
                Story story = stories.get(number).root(); // a merged story's postings lead to its survivor
                if (visited[story.number] != lookups) {
                    visited[story.number] = lookups;
                    out.add(story);
                }
            });
        }
        return out;
    }

    private void join(Story story, SparseVector vector, ClusterInput article) {
        if (articleDense != null) {
            story.addDense(articleDense);
        }
        SparseVector before = story.add(vector, article.published(), settings);
        index.post(story.number, before, story.centroid());
    }

    private Story storyFor(String id) {
        return storiesById.computeIfAbsent(id, key -> {
            Story story = new Story(key, stories.size());
            stories.add(story);
            return story;
        }).root();
    }

    /**
     * The article's unit vector: sublinear TF-IDF of the body plus that of the headline scaled to
     * {@code titleWeight} of the body's length, name-like terms multiplied by {@code entityWeight}.
     */
    SparseVector vectorOf(ClusterInput article) {
        ArticleTerms terms = ArticleTerms.of(article);
        Set<String> all = terms.all();
        int[] ids = statistics.observe(all, all.size());
        Map<String, Integer> idOf = new HashMap<>();
        int i = 0;
        for (String term : all) {
            idOf.put(term, ids[i++]);
        }
        return vectorOf(terms, idOf);
    }

    /** Like {@link #vectorOf} for an article already counted: terms never seen are left out, nothing is counted. */
    private SparseVector vectorOfKnown(ClusterInput article) {
        ArticleTerms terms = ArticleTerms.of(article);
        Map<String, Integer> idOf = new HashMap<>();
        for (String term : terms.all()) {
            int id = statistics.lookup(term);
            if (id >= 0) {
                idOf.put(term, id);
            }
        }
        return vectorOf(terms, idOf);
    }

    /** The unit vector of the body's TF-IDF plus the headline's, scaled to {@code titleWeight}, over the terms in {@code idOf}. */
    private SparseVector vectorOf(ArticleTerms terms, Map<String, Integer> idOf) {
        SparseVector body = tfidf(terms.body, terms, idOf).normalised();
        SparseVector title = tfidf(terms.title, terms, idOf).normalised();
        return body.plus(title, settings.titleWeight()).normalised();
    }

    private SparseVector tfidf(Map<String, Integer> counts, ArticleTerms terms, Map<String, Integer> idOf) {
        int[] ids = new int[counts.size()];
        double[] weights = new double[ids.length];
        int i = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            Integer id = idOf.get(e.getKey());
            if (id == null) {
                continue; // a term never counted (re-scoring with vectorOfKnown)
            }
            ids[i] = id;
            double entity = terms.entities.contains(e.getKey()) ? settings.entityWeight() : 1;
            weights[i++] = (1 + Math.log(e.getValue())) * statistics.idf(id) * entity;
        }
        return SparseVector.of(java.util.Arrays.copyOf(ids, i), java.util.Arrays.copyOf(weights, i));
    }
}
