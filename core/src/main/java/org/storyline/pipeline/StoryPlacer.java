package org.storyline.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.storyline.cluster.ClusterInput;
import org.storyline.cluster.ClusterSettings;
import org.storyline.cluster.StoryClusterer;
import org.storyline.cluster.StoryModel;
import org.storyline.dedup.DuplicateDetector;
import org.storyline.embed.SentenceEmbedder;
import org.storyline.model.Article;
import org.storyline.model.StoredArticle;
import org.storyline.store.ArticleStore;
import org.storyline.store.EntityRow;

/**
 * Decides, in input order, what becomes of each prepared article: combined with the stored article of the same
 * id, folded into the duplicate group of the stored article it copies, or placed in a story by the clusterer. It
 * returns a {@link Placement} and writes nothing; its in-memory duplicate index and clusterer take the decision at
 * once (the next article is decided against it) and are rebuilt from the store when the write of a decision
 * fails.
 */
final class StoryPlacer {

    private final ArticleStore store;
    private final boolean embeddings;
    private DuplicateDetector duplicates;
    private StoryClusterer clusterer;
    /** The store's change feed as far as the in-memory indexes reflect it. */
    private long seen;

    /** @param embeddings true when articles carry sentence embeddings, to weigh them in story placement */
    StoryPlacer(ArticleStore store, boolean embeddings) {
        this.store = store;
        this.embeddings = embeddings;
        rebuild();
    }

    /**
     * Decides for one article. {@code replace}: a stored article of the same id takes the new version (a feed item
     * that changed); otherwise the two sightings are combined (the fuller text wins). {@code stored} reads the
     * store as the write will find it (inside the open transaction).
     */
    Placement place(PreparedArticle prepared, boolean replace, Function<String, Optional<StoredArticle>> stored) {
        Article article = prepared.article();
        Optional<StoredArticle> existing = stored.apply(article.id());
        if (existing.isPresent()) {
            Article before = existing.get().article();
            Article next = replace ? article : ArticleMerge.combine(before, article);
            String story = existing.get().storyId();
            return next.equals(before) ? new Placement.Unchanged(prepared.with(before), story)
                    : new Placement.Update(prepared.with(next), story);
        }
        Optional<StoredArticle> copied = duplicates.findCopyOf(article.text()).flatMap(stored);
        duplicates.add(article.id(), article.text());
        if (copied.isPresent()) {
            StoredArticle canonical = copied.get().isCopy()
                    ? stored.apply(copied.get().duplicateOf()).orElseThrow() : copied.get();
            return new Placement.Copy(prepared, canonical.id(), ArticleMerge.leads(article, canonical.article()),
                    canonical.storyId());
        }
        String story = clusterer.assign(ClusterInputs.of(article, ClusterInputs.names(prepared.entities()),
                prepared.vector()));
        return new Placement.Placed(prepared, story, clusterer.takeMerges());
    }

    /**
     * A split of the story when it has drifted into another subject and a check is due (see
     * {@link StoryClusterer#splitIfDrifted}); {@code originals} are its original articles as stored now.
     */
    Optional<Placement.Split> splitIfDrifted(String storyId, Function<String, List<StoredArticle>> originals,
                                             Function<String, float[]> vectors) {
        if (!clusterer.driftCheckDue(storyId)) {
            return Optional.empty();
        }
        List<ClusterInput> members = originals.apply(storyId).stream()
                .map(s -> input(s.article(), vectors.apply(s.id()))).toList();
        return clusterer.splitIfDrifted(storyId, members, vectors)
                .map(s -> new Placement.Split(s.from(), s.to(), s.moved()));
    }

    /**
     * Takes in what other processes stored since this placer last looked (a CLI ingest while {@code serve} runs),
     * following the store's change feed: new articles join the indexes; merged or split stories mean a full
     * rebuild. Returns the ids of the articles stored or changed, so the caller can index them for search.
     */
    List<String> catchUp() {
        return catchUp(store.lastChange());
    }

    private List<String> catchUp(long through) {
        if (through <= seen) {
            return List.of();
        }
        List<ArticleStore.Change> changes = store.changesAfter(seen, through);
        seen = through;
        List<String> articles = changes.stream().filter(c -> !c.kind().equals("story")).map(ArticleStore.Change::subject)
                .distinct().toList();
        if (changes.stream().anyMatch(c -> c.kind().equals("story"))) {
            rebuild(); // stories merged elsewhere: the clusterer's stories must be rebuilt, not patched
            return articles;
        }
        List<ArticleStore.Scanned> stored = new ArrayList<>();
        for (ArticleStore.Change c : changes) {
            if (c.kind().equals("article")) {
                store.article(c.subject()).ifPresent(a -> stored.add(new ArticleStore.Scanned(a,
                        embeddings ? store.vector(a.id()).orElse(null) : null)));
            }
        }
        // Another process's new articles: a copy that took the lead since is rare enough to replay as it stands.
        takeIn(duplicates, clusterer, stored, s -> !s.article().isCopy());
        return articles;
    }

    /**
     * After a write of this placer's decisions committed: the transaction saw the change feed at {@code before}
     * when it began and left it at {@code after}. Changes up to {@code before} this placer has not seen are
     * another process's (committed just before the write): they are taken in now and returned, for the search
     * index. The write's own changes are in the indexes already.
     */
    List<String> committed(long before, long after) {
        List<String> foreign = catchUp(before);
        seen = Math.max(seen, after);
        return foreign;
    }

    /** The change feed position the in-memory indexes (and the search index the pipeline feeds) reflect. */
    long seen() {
        return seen;
    }

    /** Rebuilds the in-memory indexes from the store (at start, and after a write rolled back). */
    void rebuild() {
        long through = store.lastChange();
        DuplicateDetector freshDuplicates = new DuplicateDetector();
        // The learned story model (bench StoryModelFit), fitted with or without embeddings as configured.
        StoryClusterer freshClusterer = new StoryClusterer(ClusterSettings.forModel(),
                embeddings ? ClusterInput::vector : null, StoryModel.shipped(embeddings));
        Map<String, String> firstMembers = store.firstMembersOfRegroupedCopies();
        java.util.Set<String> laterLeads = new java.util.HashSet<>(firstMembers.values());
        store.forEachChunkWithVectors(chunk -> takeIn(freshDuplicates, freshClusterer, chunk,
                s -> s.article().isCopy() ? firstMembers.containsKey(s.article().id())
                        : !laterLeads.contains(s.article().id())));
        duplicates = freshDuplicates;
        clusterer = freshClusterer;
        seen = through;
    }

    /**
     * Takes stored articles into the in-memory indexes, in order: each into the duplicate detector, and those the
     * clusterer took in when they were placed ({@code placed}) into the clusterer, with their stored names (one
     * read for all of them) and, when configured, their embeddings. Those are the originals, except where a fuller
     * copy arrived later and took the lead of its group: the member placed first is replayed (its text and
     * embedding are what the story was decided on), not the lead, or a restart would decide later articles
     * against other stories than an uninterrupted run.
     */
    private void takeIn(DuplicateDetector into, StoryClusterer stories, List<ArticleStore.Scanned> articles,
                        java.util.function.Predicate<ArticleStore.Scanned> placed) {
        List<ArticleStore.Scanned> replayed = articles.stream().filter(placed).toList();
        Map<String, List<EntityRow>> names = store.entities().ofArticles(
                replayed.stream().map(s -> s.article().id()).toList());
        for (ArticleStore.Scanned s : articles) {
            into.add(s.article().id(), s.article().article().text());
        }
        for (ArticleStore.Scanned s : replayed) {
            Article a = s.article().article();
            float[] vector = embeddings && s.vector() != null ? SentenceEmbedder.fromBytes(s.vector()) : null;
            stories.restore(ClusterInputs.of(a, ClusterInputs.namesOfRows(names.getOrDefault(a.id(), List.of())),
                    vector), s.article().storyId());
        }
    }

    /** A stored article as the clusterer saw it: its names read from the store, with its embedding. */
    private ClusterInput input(Article a, float[] vector) {
        return ClusterInputs.of(a, ClusterInputs.namesOfRows(store.entities().ofArticle(a.id())), vector);
    }
}
