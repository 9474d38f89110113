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
    /** The learned similarity, or null for the single TF-IDF (and dense) cosine against one threshold. */
    private final StoryModel model;
    /** Ids and rarity of names and numbers, apart from words: "Paris" the place is not "paris" the word. */
    private final TermStatistics nameStatistics;
    /** For diagnosis ({@link StoryAudit}): told every learned decision before it is applied; null otherwise. */
    java.util.function.Consumer<Decision> audit;

    /**
     * One learned decision, for diagnosis: the article's profile, the stories retrieved by shared terms, the
     * shortlist with each pair probability (and those of stories beyond the window asked for a follow-up), the
     * number of candidates the join decision weighed (those in the window) and the runner-up's probability (0:
     * none), the join decision's probability and the story joined (null: new).
     */
    record Decision(ClusterInput article, Profile profile, List<String> retrieved, Map<String, Double> shortlist,
                    int weighed, double runnerUp, double joinProbability, String joined) {
    }

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
        this(settings, weight > 0 ? dense : null, weight, null);
    }

    /**
     * A clusterer that places articles by a learned similarity ({@link StoryModel}): an article joins the
     * candidate story it most probably belongs to when that probability reaches the model's join level, else
     * founds a story. {@code dense} may be null (use the model fitted without it).
     *
     * <pre>{@code
     * new StoryClusterer(ClusterSettings.defaults(), embeddings, StoryModel.shipped(true));
     * }</pre>
     */
    public StoryClusterer(ClusterSettings settings, DenseSignal dense, StoryModel model) {
        this(settings, dense, 0.5, model);
    }

    private StoryClusterer(ClusterSettings settings, DenseSignal dense, double weight, StoryModel model) {
        this.settings = settings;
        this.statistics = new TermStatistics(settings.priorDocuments());
        this.nameStatistics = new TermStatistics(settings.priorDocuments());
        this.dense = dense;
        this.denseWeight = weight;
        this.model = model;
    }

    /** Assigns the article to a story and returns the story id. */
    public String assign(ClusterInput article) {
        articleDense = dense == null ? null : dense.vectorOf(article);
        Profile profile = profileOf(article, true);
        SparseVector vector = profile.all();
        if (model != null) {
            return assignByModel(profile, article, candidatesByTerms(vector));
        }
        List<Story> candidates = candidates(vector);
        List<Story> eligible = new ArrayList<>();
        Story story = bestStory(vector, article, candidates, eligible);
        if (story == null) {
            story = storyFor(storyIdFor(article.articleId()));
        }
        join(story, profile, article);
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
            story = merge(kept, kept == a ? b : a);
        }
        return story.root();
    }

    /** A story cut in two: the articles in {@code moved} left story {@code from} and now form story {@code to}. */
    public record Split(String from, String to, List<String> moved) {
    }

    /**
     * Splits the story when its members do not hold together. With a learned model whose {@code split} level is
     * set, by how the members link ({@link LinkCut}): a group of them that links to the rest below that level on
     * average leaves, wherever its members came in the stream (two look-alike events reported in turn). Otherwise
     * when it has drifted: when the weakest chronological cut of its members leaves two halves whose similarity
     * is below {@link DriftCheck#SPLIT_BELOW}, the later half leaves. The leaving articles become a story of their
     * own (its id derives from the story's id and the first article that leaves). Both stories are rebuilt
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
        List<float[]> denseVectors = dense == null ? null
                : members.stream().map(m -> denseOf.apply(m.articleId())).toList();
        List<Profile> profiles = memberProfiles(members, denseOf);
        List<SparseVector> vectors = profiles.stream().map(Profile::all).toList();
        boolean[] leaves = model != null && model.splitAt() > 0 ? LinkCut.leaves(profiles, model)
                : DriftCheck.leaves(vectors, denseVectors, denseWeight);
        if (leaves == null) {
            return Optional.empty();
        }
        int first = 0;
        while (!leaves[first]) {
            first++;
        }
        String newId = StableHash.of("split|" + storyId + "|" + members.get(first).articleId());
        Story late = storyFor(newId);
        late.cutFrom = model != null ? story : null;
        SparseVector before = story.clear();
        List<String> moved = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            Story into = leaves[i] ? late : story;
            if (leaves[i]) {
                moved.add(members.get(i).articleId());
            }
            if (denseVectors != null && denseVectors.get(i) != null) {
                into.addDense(denseVectors.get(i));
            }
            into.addDetails(profiles.get(i));
            into.add(vectors.get(i), members.get(i).published(), settings);
        }
        index.post(story.number, before, story.centroid());
        index.post(late.number, SparseVector.EMPTY, late.centroid());
        return Optional.of(new Split(storyId, newId, moved));
    }

    /** The members' profiles as a split check sees them (each with its own dense vector). */
    private List<Profile> memberProfiles(List<ClusterInput> members, Function<String, float[]> denseOf) {
        List<Profile> profiles = new ArrayList<>(members.size());
        for (ClusterInput m : members) {
            articleDense = dense == null ? null : denseOf.apply(m.articleId());
            profiles.add(profileOf(m, false));
        }
        return profiles;
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
        join(storyFor(storyId), profileOf(article, true), article);
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
     * The learned decision: the article joins the candidate it most probably belongs to when the probability
     * reaches the join level, else follows up a story beyond the model's time window that names one of its people
     * ({@link #followedUp}), else founds a story.
     */
    private String assignByModel(Profile profile, ClusterInput article, List<Story> candidates) {
        StoryFeatures.Ranking<Story> ranking = new StoryFeatures.Ranking<>();
        List<Story> alsoLikely = new ArrayList<>();
        Map<String, Double> scored = audit == null ? null : new LinkedHashMap<>();
        List<Story> beyond = new ArrayList<>();
        for (Story story : shortlist(profile, article, candidates, model.windowDays(), beyond)) {
            double p = model.probability(StoryFeatures.of(profile, story.profile()));
            if (scored != null) {
                scored.put(story.id, p);
            }
            if (p >= model.mergeAt()) {
                alsoLikely.add(story);
            }
            // Ties go to the older story, so the outcome does not depend on posting order.
            ranking.offer(story, p, ranking.best() != null && story.number < ranking.best().number);
        }
        double joinP = model.joinProbability(ranking);
        boolean joins = ranking.best() != null && joinP >= model.joinAt();
        Story late = joins ? null : followedUp(profile, beyond, scored);
        Story story = joins ? ranking.best() : late;
        if (audit != null) {
            audit.accept(new Decision(article, profile, candidates.stream().map(c -> c.id).toList(), scored,
                    ranking.count(), ranking.secondProbability(), joinP,
                    story == null ? null : story.id));
        }
        story = story != null ? story : storyFor(storyIdFor(article.articleId()));
        join(story, profile, article);
        return mergeByModel(story, alsoLikely).id;
    }

    /**
     * A story quiet for longer than the model's window that the article follows up (an arrest, a trial, a ruling
     * months after the event): the most probable of {@code beyond} that names one of the article's people, when it
     * reaches the model's follow-up level; else null. Asked only for an article that would found a story, so a
     * quiet story never takes an article from a live one. Who ties a follow-up to its event: over months a city
     * has many look-alike events, and the place, the words and the embedding of a report are shared by all of
     * them (gvc-dev, whole set at follow-up 0.8 without the people rule: each of the 6 follow-ups that named no
     * person of the story went to the wrong incident, each of the 8 that did went right).
     */
    private Story followedUp(Profile profile, List<Story> beyond, Map<String, Double> scored) {
        Story best = null;
        double bestP = model.followUpAt();
        for (Story story : model.followUpAt() > 1 ? List.<Story>of() : beyond) {
            double[] features = StoryFeatures.of(profile, story.profile());
            double p = model.probability(features);
            if (scored != null) {
                scored.put(story.id, p);
            }
            if (p >= bestP && features[StoryFeatures.SHARED_PEOPLE] > 0) {
                best = story;
                bestP = p;
            }
        }
        return best;
    }

    /** Stories scored in full per article: the rest are far behind on TF-IDF cosine (bench ClusterBench scale). */
    static final int SHORTLIST = 20;

    /**
     * The candidates worth the full features: those within the time window, the {@value #SHORTLIST} nearest by
     * TF-IDF cosine (one sparse dot each), ties to the older story; so the cost of an article is bounded by its
     * rare terms' postings, not by the number of stories sharing a common word.
     */
    private List<Story> shortlist(Profile profile, ClusterInput article, List<Story> candidates, double windowDays) {
        return shortlist(profile, article, candidates, windowDays, new ArrayList<>());
    }

    /** As {@link #shortlist(Profile, ClusterInput, List, double)}; {@code beyond} receives the candidates out of the window. */
    private List<Story> shortlist(Profile profile, ClusterInput article, List<Story> candidates, double windowDays,
                                  List<Story> beyond) {
        List<Story> inWindow = new ArrayList<>();
        List<Double> cosines = new ArrayList<>();
        for (Story story : candidates) {
            if (story.gapDays(article.published()) <= windowDays) {
                inWindow.add(story);
                cosines.add(profile.all().dot(story.centroid()));
            } else {
                beyond.add(story);
            }
        }
        if (inWindow.size() <= SHORTLIST) {
            return inWindow;
        }
        Integer[] order = new Integer[inWindow.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> cosines.get(a).equals(cosines.get(b))
                ? Integer.compare(inWindow.get(a).number, inWindow.get(b).number) : Double.compare(cosines.get(b), cosines.get(a)));
        List<Story> out = new ArrayList<>(SHORTLIST);
        for (int i = 0; i < SHORTLIST; i++) {
            out.add(inWindow.get(order[i]));
        }
        return out;
    }

    /**
     * A merge needs the evidence a join needs, twice: the article must belong to the other story as surely as
     * {@code mergeAt}, and the younger story, taken as a whole, must belong to the older one as surely.
     */
    private Story mergeByModel(Story story, List<Story> alsoLikely) {
        for (Story other : alsoLikely) {
            Story a = story.root();
            Story b = other.root();
            if (a == b) {
                continue;
            }
            Story kept = a.number < b.number ? a : b;
            Story gone = kept == a ? b : a;
            if (apart(a, b)) {
                continue; // a link cut found their members apart: an article close to both does not undo it
            }
            if (model.probability(StoryFeatures.of(gone.profile(), kept.profile())) >= model.mergeAt()) {
                story = merge(kept, gone);
            }
        }
        return story.root();
    }

    /** Whether one of the two stories was cut from the other (or from a story merged into it). */
    private static boolean apart(Story a, Story b) {
        return a.cutFrom != null && a.cutFrom.root() == b || b.cutFrom != null && b.cutFrom.root() == a;
    }

    private Story merge(Story kept, Story gone) {
        SparseVector before = kept.absorb(gone, settings);
        index.post(kept.number, before, kept.centroid());
        merges.put(gone.id, kept.id);
        return kept;
    }

    /**
     * For fitting a model on labelled articles: the features of the article against each candidate story the
     * clusterer would consider, then the article placed in its true story {@code truth} (whatever the
     * features say), so that later articles meet the true stories. Returns candidate story id to features.
     */
    Map<String, double[]> featuresThenPlace(ClusterInput article, String truth, double windowDays) {
        articleDense = dense == null ? null : dense.vectorOf(article);
        Profile profile = profileOf(article, true);
        Map<String, double[]> out = new LinkedHashMap<>();
        for (Story story : shortlist(profile, article, candidatesByTerms(profile.all()), windowDays)) {
            out.put(story.id, StoryFeatures.of(profile, story.profile()));
        }
        join(storyFor(truth), profile, article);
        return out;
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

    /** Candidates kept by shared query-term weight before any vector is compared. */
    static final int BY_TERMS = 60;
    private float[] shared = new float[1024];

    /**
     * Candidates for the learned decision: the stories posted under the article's best indexed terms, ranked
     * by the summed weight of the query terms they share (an int increment per posting, no vector read), the
     * {@value #BY_TERMS} best kept; a story sharing only the common words of a beat falls behind the one
     * sharing its rare names.
     */
    private List<Story> candidatesByTerms(SparseVector vector) {
        lookups++;
        if (visited.length < stories.size()) {
            visited = java.util.Arrays.copyOf(visited, Math.max(stories.size(), visited.length * 2));
        }
        if (shared.length < visited.length) {
            shared = java.util.Arrays.copyOf(shared, visited.length);
        }
        List<Story> out = new ArrayList<>();
        SparseVector query = vector.top(settings.queryTerms(), index::contains);
        for (int q = 0; q < query.terms.length; q++) {
            float weight = query.weights[q];
            index.forEach(query.terms[q], settings.postingsPerTerm(), number -> {
                Story story = stories.get(number).root();
                if (visited[story.number] != lookups) {
                    visited[story.number] = lookups;
                    shared[story.number] = 0;
                    out.add(story);
                }
                shared[story.number] += weight;
            });
        }
        if (out.size() > BY_TERMS) {
            out.sort((a, b) -> shared[a.number] != shared[b.number] ? Float.compare(shared[b.number], shared[a.number])
                    : Integer.compare(a.number, b.number));
            return new ArrayList<>(out.subList(0, BY_TERMS));
        }
        return out;
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

    private void join(Story story, Profile profile, ClusterInput article) {
        if (profile.dense() != null) {
            story.addDense(profile.dense());
        }
        story.addDetails(profile);
        SparseVector before = story.add(profile.all(), article.published(), settings);
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
     * The article's profile: its unit vector (sublinear TF-IDF of the body plus that of the headline scaled to
     * {@code titleWeight} of the body's length, name-like terms multiplied by {@code entityWeight}), its
     * headline vector, names and numbers. With {@code count} its terms are counted in the document
     * frequencies; without, terms never seen are left out (re-scoring articles already counted).
     */
    Profile profileOf(ClusterInput article, boolean count) {
        ArticleTerms terms = ArticleTerms.of(article);
        Map<String, Integer> idOf = ids(statistics, terms.all(), count);
        SparseVector body = tfidf(terms.body, terms, idOf).normalised();
        SparseVector title = tfidf(terms.title, terms, idOf).normalised();
        SparseVector all = body.plus(title, settings.titleWeight()).normalised();
        // Names and numbers are counted as one document of their own statistics, typed apart.
        Set<String> keys = new java.util.LinkedHashSet<>();
        for (int type = 0; type < 3; type++) {
            for (String key : article.names().ofType(type)) {
                keys.add(type + ":" + key);
            }
        }
        terms.numbers.forEach(n -> keys.add((n.length() == 4 && (n.startsWith("19") || n.startsWith("20")) ? "y" : "#") + n));
        Map<String, Integer> nameIds = ids(nameStatistics, keys, count);
        SparseVector[] names = new SparseVector[3];
        for (int type = 0; type < 3; type++) {
            names[type] = named(nameIds, type + ":", true);
        }
        SparseVector numbers = named(nameIds, "#", false);
        SparseVector years = named(nameIds, "y", false);
        long t = article.published() == null ? Long.MIN_VALUE : article.published().getEpochSecond();
        return new Profile(all, title, names, numbers, years, articleDense, t == Long.MIN_VALUE ? Long.MAX_VALUE : t, t, 1);
    }

    /** The keys with this prefix as a vector: weights their idf ({@code rarity}) or 1. */
    private SparseVector named(Map<String, Integer> ids, String prefix, boolean rarity) {
        int[] terms = new int[ids.size()];
        double[] weights = new double[ids.size()];
        int n = 0;
        for (Map.Entry<String, Integer> e : ids.entrySet()) {
            if (e.getKey().startsWith(prefix)) {
                terms[n] = e.getValue();
                weights[n++] = rarity ? nameStatistics.idf(e.getValue()) : 1;
            }
        }
        return n == 0 ? SparseVector.EMPTY
                : SparseVector.of(java.util.Arrays.copyOf(terms, n), java.util.Arrays.copyOf(weights, n));
    }

    /** The unit vector of an article (counted in the document frequencies). */
    SparseVector vectorOf(ClusterInput article) {
        return profileOf(article, true).all();
    }

    /** Ids of {@code terms} (counted as one more document when {@code count}; unknown ones left out when not). */
    private static Map<String, Integer> ids(TermStatistics stats, Set<String> terms, boolean count) {
        Map<String, Integer> idOf = new LinkedHashMap<>();
        if (count) {
            int[] ids = stats.observe(terms, terms.size());
            int i = 0;
            for (String term : terms) {
                idOf.put(term, ids[i++]);
            }
            return idOf;
        }
        for (String term : terms) {
            int id = stats.lookup(term);
            if (id >= 0) {
                idOf.put(term, id);
            }
        }
        return idOf;
    }

    private SparseVector tfidf(Map<String, Integer> counts, ArticleTerms terms, Map<String, Integer> idOf) {
        int[] ids = new int[counts.size()];
        double[] weights = new double[ids.length];
        int i = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            Integer id = idOf.get(e.getKey());
            if (id == null) {
                continue; // a term never counted (re-scoring without counting)
            }
            ids[i] = id;
            double entity = terms.entities.contains(e.getKey()) ? settings.entityWeight() : 1;
            weights[i++] = (1 + Math.log(e.getValue())) * statistics.idf(id) * entity;
        }
        return SparseVector.of(java.util.Arrays.copyOf(ids, i), java.util.Arrays.copyOf(weights, i));
    }
}
