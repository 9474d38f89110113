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
        for (ArticleStore.Change c : changes) {
            if (c.kind().equals("article")) {
                store.article(c.subject()).ifPresent(s -> {
                    duplicates.add(s.id(), s.article().text());
                    if (!s.isCopy()) {
                        restore(clusterer, s);
                    }
                });
            }
        }
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
        List<Map.Entry<StoredArticle, byte[]>> chunk = new ArrayList<>();
        store.forEachArticleWithVector((s, vector) -> {
            freshDuplicates.add(s.id(), s.article().text());
            if (!s.isCopy()) {
                chunk.add(Map.entry(s, vector == null ? new byte[0] : vector));
                if (chunk.size() == REBUILD_CHUNK) {
                    restoreChunk(freshClusterer, chunk);
                }
            }
        });
        restoreChunk(freshClusterer, chunk);
        duplicates = freshDuplicates;
        clusterer = freshClusterer;
        seen = through;
    }

    /** Originals replayed per round of entity reads at a rebuild: one query per chunk, not per article. */
    private static final int REBUILD_CHUNK = 500;

    /** Replays stored assignments in order, with their stored names and embeddings; empties the chunk. */
    private void restoreChunk(StoryClusterer into, List<Map.Entry<StoredArticle, byte[]>> chunk) {
        Map<String, List<EntityRow>> names = store.entities().ofArticles(chunk.stream().map(e -> e.getKey().id()).toList());
        for (Map.Entry<StoredArticle, byte[]> e : chunk) {
            float[] vector = embeddings && e.getValue().length > 0 ? SentenceEmbedder.fromBytes(e.getValue()) : null;
            Article a = e.getKey().article();
            into.restore(ClusterInputs.of(a, ClusterInputs.namesOfRows(names.getOrDefault(a.id(), List.of())), vector),
                    e.getKey().storyId());
        }
        chunk.clear();
    }

    /** Replays a stored assignment, with the article's stored embedding when there is one. */
    private void restore(StoryClusterer into, StoredArticle s) {
        float[] vector = embeddings ? store.vector(s.id()).map(SentenceEmbedder::fromBytes).orElse(null) : null;
        into.restore(input(s.article(), vector), s.storyId());
    }

    /** A stored article as the clusterer saw it: its names read from the store, with its embedding. */
    private ClusterInput input(Article a, float[] vector) {
        return ClusterInputs.of(a, ClusterInputs.namesOfRows(store.entities().ofArticle(a.id())), vector);
    }
}
