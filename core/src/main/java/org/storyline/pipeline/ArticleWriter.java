package org.storyline.pipeline;

import java.util.List;
import java.util.Optional;
import org.storyline.cluster.ClusterInput;
import org.storyline.cluster.ClusterSettings;
import org.storyline.cluster.StoryModel;
import org.storyline.enrich.entity.EntityExtractor;
import org.storyline.embed.SentenceEmbedder;
import org.storyline.cluster.StoryClusterer;
import org.storyline.dedup.DuplicateDetector;
import org.storyline.model.Article;
import org.storyline.model.StoredArticle;
import org.storyline.store.Store;
import org.storyline.store.StoreTransaction;

/**
 * Places articles in the store inside a document's transaction: combines a sighting with the stored article
 * of the same id, or joins a new article to the duplicate group it copies, or asks the clusterer for its
 * story. Holds the in-memory duplicate index and clusterer, rebuilt from the store on demand.
 */
final class ArticleWriter {

    /** What writing one article did. */
    enum Effect { ADDED, ADDED_TO_GROUP, UPDATED, UNCHANGED }

    private final Store store;
    private final SentenceEmbedder embedder;
    /** Names as a story signal (the lead moves this call into the enrich step). */
    private final EntityExtractor names = new EntityExtractor();
    private float[] current;
    private DuplicateDetector duplicates;
    private StoryClusterer clusterer;
    /** What the in-memory indexes reflect: the store's highest article sequence and redirect count then. */
    private long seenSeq;
    private long seenRedirects;

    /** @param embedder sentence embeddings as a clustering signal, or null for TF-IDF alone */
    ArticleWriter(Store store, SentenceEmbedder embedder) {
        this.store = store;
        this.embedder = embedder;
        rebuild();
    }

    /**
     * Writes {@code article}. When {@code replace} is true a stored article of the same id takes the new
     * version (a feed item that changed); otherwise the two sightings are combined (the fuller text wins).
     */
    Effect write(StoreTransaction tx, Article article, boolean replace) {
        Optional<StoredArticle> existing = tx.article(article.id());
        if (existing.isPresent()) {
            Article stored = existing.get().article();
            Article next = replace ? article : ArticleMerge.combine(stored, article);
            if (next.equals(stored)) {
                return Effect.UNCHANGED;
            }
            tx.update(next);
            return Effect.UPDATED;
        }
        Optional<StoredArticle> copied = duplicates.findCopyOf(article.text()).flatMap(tx::article);
        if (copied.isPresent()) {
            StoredArticle canonical = copied.get().isCopy() ? tx.article(copied.get().duplicateOf()).orElseThrow()
                    : copied.get();
            boolean leads = ArticleMerge.leads(article, canonical.article());
            tx.insert(new StoredArticle(article, leads ? null : canonical.id(), canonical.storyId()));
            if (leads) {
                tx.repointCopies(canonical.id(), article.id());
            }
        } else {
            current = embedder == null ? null : embedder.embed(article.title(), article.text());
            String story = clusterer.assign(ClusterInputs.of(article,
                    ClusterInputs.names(names, article.text(), article.language())));
            tx.insert(new StoredArticle(article, null, story));
            clusterer.takeMerges().forEach(tx::mergeStory);
            if (current != null) {
                tx.putVector(article.id(), SentenceEmbedder.toBytes(current));
            }
            splitIfDrifted(tx, story); // assign gave the surviving id of any merge
        }
        duplicates.add(article.id(), article.text());
        return copied.isPresent() ? Effect.ADDED_TO_GROUP : Effect.ADDED;
    }

    /**
     * A story that has drifted into another subject is cut in two (see {@link StoryClusterer#splitIfDrifted});
     * the store moves the later articles and records the split in both stories' history.
     */
    private void splitIfDrifted(StoreTransaction tx, String storyId) {
        if (!clusterer.driftCheckDue(storyId)) {
            return;
        }
        List<ClusterInput> members = tx.originalsOfStory(storyId).stream()
                .map(stored -> clusterInput(stored.article())).toList();
        clusterer.splitIfDrifted(storyId, members,
                        id -> tx.vector(id).map(SentenceEmbedder::fromBytes).orElse(null))
                .ifPresent(split -> tx.splitStory(split.from(), split.to(), split.moved()));
    }

    /**
     * Takes in what other processes stored since this writer last looked (a CLI ingest while {@code serve}
     * runs): new articles join the indexes; merged stories mean a full rebuild. Returns the ids taken in, so
     * the caller can index them for search.
     */
    java.util.List<String> catchUp() {
        long[] marks = store.changeMarks();
        java.util.List<String> seen = new java.util.ArrayList<>();
        if (marks[1] != seenRedirects) {
            store.forEachArticleAfter(seenSeq, (seq, stored) -> seen.add(stored.id()));
            rebuild(); // stories merged elsewhere: the clusterer's stories must be rebuilt, not patched
            return seen;
        }
        if (marks[0] > seenSeq) {
            store.forEachArticleAfter(seenSeq, (seq, stored) -> {
                duplicates.add(stored.id(), stored.article().text());
                if (!stored.isCopy()) {
                    restore(clusterer, stored);
                }
                seen.add(stored.id());
            });
            seenSeq = marks[0];
        }
        return seen;
    }

    /** After this writer's own transaction committed: its writes are already in the indexes. */
    void committed() {
        long[] marks = store.changeMarks();
        seenSeq = marks[0];
        seenRedirects = marks[1];
    }

    /** Rebuilds the in-memory indexes from the store (at start, and after a transaction rolled back). */
    void rebuild() {
        long[] marks = store.changeMarks();
        DuplicateDetector freshDuplicates = new DuplicateDetector();
        // The learned story model (bench StoryModelFit), fitted with or without embeddings as configured.
        StoryClusterer freshClusterer = new StoryClusterer(ClusterSettings.forModel(),
                embedder == null ? null : article -> current, StoryModel.shipped(embedder != null));
        store.forEachArticle(stored -> {
            freshDuplicates.add(stored.id(), stored.article().text());
            if (!stored.isCopy()) {
                restore(freshClusterer, stored);
            }
        });
        duplicates = freshDuplicates;
        clusterer = freshClusterer;
        seenSeq = marks[0];
        seenRedirects = marks[1];
    }

    /** Replays a stored assignment, with the article's stored embedding when there is one. */
    private void restore(StoryClusterer into, StoredArticle stored) {
        current = embedder == null ? null
                : store.vector(stored.id()).map(SentenceEmbedder::fromBytes).orElse(null);
        into.restore(clusterInput(stored.article()), stored.storyId());
    }

    /** A stored article as the clusterer saw it, its names read from the store. */
    private ClusterInput clusterInput(Article a) {
        return ClusterInputs.of(a, ClusterInputs.namesOfRows(store.entities().ofArticle(a.id())));
    }
}
