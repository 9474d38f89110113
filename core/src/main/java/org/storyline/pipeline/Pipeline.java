package org.storyline.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyline.embed.SentenceEmbedder;
import org.storyline.enrich.entity.EntityExtractor;
import org.storyline.index.ArticleIndex;
import org.storyline.index.IndexedArticle;
import org.storyline.model.ArticleIds;
import org.storyline.model.RawDocument;
import org.storyline.model.StoredArticle;
import org.storyline.source.SourceFailure;
import org.storyline.store.ArticleStore;
import org.storyline.store.StoreErrors;
import org.storyline.store.StoreTransaction;

/**
 * The order of the stages, and the only class that stores what they return.
 *
 * <pre>{@code
 * Pipeline pipeline = Pipeline.open(store, index, embedder);
 * DocumentOutcome one = pipeline.ingest(document, contentHash);
 * try (Batch batch = pipeline.batch(2, outcomes::add)) {   // both cores: the same results as one thread
 *     files.forEach(f -> batch.submit(() -> reader.read(f)));
 * }
 * }</pre>
 *
 * <p>Per document: <b>read</b> (the caller's reader decodes it) → <b>prepare</b> ({@link Preparation}: extract its
 * articles, their language, embedding, entities and quotes; pure, run by parallel workers, outside any
 * transaction) → <b>decide</b> ({@link StoryPlacer}, in input order: combine with the stored article of the same
 * id, fold into the duplicate group it copies, or place in a story; returns {@link Placement} values) →
 * <b>apply</b> the decisions in one short transaction (several documents share one when a batch has them ready)
 * → <b>index</b> the articles for search from the values in hand. Feed items take the same path with an identity
 * of their source's ({@link #ingestItem}).
 *
 * <p>Decisions and writes happen on one thread at a time (the public methods and the batch's writer hold this
 * pipeline's lock), so the background poller, a source added from the web page and a batch can share one pipeline.
 */
public final class Pipeline {

    private final ArticleStore store;
    private final ArticleIndex index;
    private final Preparation preparation;
    private final StoryPlacer placer;
    private final Writes writes;
    private final StoryAnalyses analyses;
    private final StageTimes times = new StageTimes();
    private int uncommitted;

    private Pipeline(ArticleStore store, ArticleIndex index, SentenceEmbedder embedder) {
        this.store = store;
        this.index = index;
        this.preparation = new Preparation(embedder, times);
        this.placer = new StoryPlacer(store, embedder != null);
        EntityRecorder people = new EntityRecorder(new EntityExtractor());
        this.writes = new Writes(placer, people);
        this.analyses = new StoryAnalyses(store);
        people.backfill(store);
    }

    /**
     * A pipeline over {@code store}, its in-memory indexes rebuilt from what the store holds; no search index,
     * stories from TF-IDF alone.
     */
    public static Pipeline open(ArticleStore store) {
        return new Pipeline(store, null, null);
    }

    /**
     * A pipeline that also keeps {@code index} up to date; the index is rebuilt from the store first when it
     * does not hold exactly the stored articles (a crash before its last commit, or a new index).
     */
    public static Pipeline open(ArticleStore store, ArticleIndex index) {
        return open(store, index, null);
    }

    /** As {@link #open(ArticleStore, ArticleIndex)}, with sentence embeddings as a story signal when {@code embedder} is given. */
    public static Pipeline open(ArticleStore store, ArticleIndex index, SentenceEmbedder embedder) {
        if (index != null) {
            catchUpIndex(store, index);
        }
        return new Pipeline(store, index, embedder);
    }

    /**
     * Brings the search index up to the store's change feed: the articles changed after the index's watermark
     * (a crash before its last commit, or another process's writes), or all of them when it has none (a new
     * index, or one of an older schema).
     */
    private static void catchUpIndex(ArticleStore store, ArticleIndex index) {
        long last = store.lastChange();
        long watermark = index.watermark();
        if (watermark >= last) {
            return;
        }
        if (watermark < 0) {
            index.clear();
            store.forEachChunkWithVectors(chunk -> {
                Map<String, byte[]> vectors = new java.util.HashMap<>();
                chunk.forEach(c -> vectors.put(c.article().id(), c.vector()));
                IndexEntries.of(store, chunk.stream().map(ArticleStore.Scanned::article).toList(),
                        a -> vectors.get(a.id())).forEach(index::put);
            });
        } else {
            List<String> changed = store.changesAfter(watermark, last).stream().filter(c -> !c.kind().equals("story"))
                    .map(ArticleStore.Change::subject).distinct().toList();
            for (int from = 0; from < changed.size(); from += 500) {
                IndexEntries.ofIds(store, changed.subList(from, Math.min(changed.size(), from + 500)))
                        .forEach(index::put);
            }
        }
        index.commit(last);
    }

    /**
     * Makes the search index durable (the store always is) and stores the analyses of the stories written since
     * the last flush, and of up to {@link #STALE_PER_FLUSH} stories whose stored analysis is missing or stale (a
     * process killed before it stored them, or analyses of an older format); call at the end of a batch (a
     * {@link Batch} does).
     */
    public synchronized void flush() {
        long start = System.nanoTime();
        analyses.refresh(writes.takeTouched());
        analyses.refreshStale(STALE_PER_FLUSH);
        times.add(StageTimes.Stage.ANALYSE, start);
        commitIndex();
    }

    /** Stories with a missing or stale analysis analysed per flush: a format change is worked off over batches. */
    static final int STALE_PER_FLUSH = 50;

    /**
     * Analyses up to {@code limit} stories whose stored analysis is missing or stale; returns how many. A server
     * calls it when idle, so that after a crash or a format change the pages are served from stored analyses again.
     */
    public synchronized int refreshStaleAnalyses(int limit) {
        return analyses.refreshStale(limit);
    }

    private void commitIndex() {
        if (index != null && uncommitted > 0) {
            index.commit(placer.seen()); // the index holds what the placer has taken in
            uncommitted = 0;
        }
    }

    /**
     * Ingests one decoded document; never throws for bad content, only when the store cannot take writes.
     *
     * @throws StoreErrors.UnavailableException the store is busy, full or gone (the message says which)
     */
    public DocumentOutcome ingest(RawDocument document, String contentHash) {
        return apply(List.of(preparation.prepare(document, contentHash))).get(0);
    }

    /**
     * A batch that prepares documents on {@code workers} threads and applies them in the order they were
     * submitted, handing each outcome to {@code outcomes} (on the batch's writer thread, in submission order).
     * Its results are those of {@link #ingest} called for each document in turn.
     */
    public Batch batch(int workers, java.util.function.Consumer<DocumentOutcome> outcomes) {
        return batch(new InMemoryDocumentQueue(4 * Math.max(1, workers) + Batch.MAX_GROUP), workers, outcomes);
    }

    /** The store this pipeline writes to. */
    ArticleStore store() {
        return store;
    }

    /** As {@link #batch(int, java.util.function.Consumer)}, taking documents from {@code queue}. */
    public Batch batch(DocumentQueue queue, int workers, java.util.function.Consumer<DocumentOutcome> outcomes) {
        return new Batch(this, queue, workers, outcomes);
    }

    /** Stores a feed item's article; a changed item replaces its earlier version in place. */
    public synchronized DocumentOutcome ingestItem(FeedEntry entry, String origin) {
        // The id this source's item was stored under before (stores from before ids were scoped keep theirs),
        // else one scoped to the source: another feed's item with the same GUID is never this article.
        String id = store.sources().itemArticle(entry.sourceId(), entry.itemKey())
                .orElseGet(() -> ArticleIds.ofItem(entry.sourceId(), entry.itemKey()));
        PreparedArticle prepared = preparation.prepareItem(entry, id, origin);
        reindex(placer.catchUp());
        List<Placement> applied = new ArrayList<>();
        DocumentOutcome outcome = write(tx -> {
            Set<String> stories = new LinkedHashSet<>();
            Placement placement = writes.place(tx, prepared, true, stories);
            applied.add(placement);
            tx.putHtml(id, entry.html());
            tx.recordItem(entry.sourceId(), entry.itemKey(), id, entry.contentHash(),
                    entry.article().published() == null ? null : entry.article().published().instant().getEpochSecond());
            writes.finishStories(tx, stories);
            return Writes.outcome(origin, placement);
        });
        index(applied);
        return outcome;
    }

    /**
     * Takes in what other processes stored meanwhile (the in-memory indexes and the search index); a long-running
     * process calls it now and then, ingesting calls it before each document.
     */
    public synchronized void catchUp() {
        reindex(placer.catchUp());
    }

    /**
     * Stores the passages the passage stage computed for an article's {@code text} (outside this lock: embedding
     * is the slow part) and puts the article into the search index with them. False, storing nothing, when the
     * article is gone, became a copy, or has another text by now (the stage reaches the new text later).
     */
    public synchronized boolean storePassages(String articleId, String text, List<org.storyline.model.Passage> passages) {
        boolean stored = write(tx -> {
            boolean current = tx.article(articleId).filter(a -> !a.isCopy() && a.article().text().equals(text))
                    .isPresent();
            if (current) {
                tx.putPassages(articleId, org.storyline.embed.PassageEmbedder.toBytes(passages));
            }
            return current;
        });
        if (stored && index != null) {
            IndexEntries.ofIds(store, List.of(articleId)).forEach(index::put);
            uncommitted++;
        }
        return stored;
    }

    /** Records an input that could not even be read (a source failure) so the user can see it later. */
    public synchronized DocumentOutcome reject(SourceFailure failure) {
        DocumentOutcome outcome = DocumentOutcome.failed(failure.origin(), failure.reason());
        return store.transaction(tx -> Writes.recordProblem(tx, outcome));
    }

    /**
     * Decides and applies prepared documents in order, in one transaction; when it fails, each document again in
     * a transaction of its own, so one bad document is recorded as failed and the others are stored. A full store
     * is also tried one document at a time, so what fits is kept. When the store itself fails (busy, gone, or full
     * for a single document) nothing more can be written: that ends here with the reason.
     *
     * @throws StoreErrors.UnavailableException the store cannot take writes; what was applied before is whole
     */
    synchronized List<DocumentOutcome> apply(List<PreparedDocument> documents) {
        reindex(placer.catchUp());
        try {
            return applyTogether(documents);
        } catch (RuntimeException e) {
            // A full store may still take the group's documents one at a time: keep what fits, stop at the first
            // that does not (with the reason); any other unavailable store stops the batch at once.
            if (StoreErrors.unavailable(e) && (documents.size() == 1 || !StoreErrors.full(e))) {
                throw new StoreErrors.UnavailableException(e);
            }
            if (documents.size() == 1) {
                return List.of(failed(documents.get(0), e));
            }
        }
        List<DocumentOutcome> outcomes = new ArrayList<>();
        for (PreparedDocument d : documents) {
            outcomes.add(apply(List.of(d)).get(0));
        }
        return outcomes;
    }

    private List<DocumentOutcome> applyTogether(List<PreparedDocument> documents) {
        List<Placement> applied = new ArrayList<>();
        long start = System.nanoTime();
        List<DocumentOutcome> outcomes = write(tx -> {
            List<DocumentOutcome> out = new ArrayList<>();
            for (PreparedDocument d : documents) {
                out.add(writes.document(tx, d, applied));
            }
            return out;
        });
        times.add(StageTimes.Stage.DECIDE_AND_WRITE, start);
        start = System.nanoTime();
        index(applied);
        times.add(StageTimes.Stage.INDEX, start);
        return outcomes;
    }

    /** A document the store refused (not the store failing): recorded as a problem, the others go on. */
    private DocumentOutcome failed(PreparedDocument d, RuntimeException e) {
        DocumentOutcome failed = DocumentOutcome.failed(d.origin(), "store: " + StoreErrors.reason(e));
        try {
            return store.transaction(tx -> Writes.recordProblem(tx, failed));
        } catch (RuntimeException again) {
            return failed; // nothing was written; the caller sees the reason
        }
    }

    /** Puts what was just written into the search index, from the values in hand. */
    private void index(List<Placement> applied) {
        if (index == null || applied.isEmpty()) {
            return;
        }
        Map<String, Placement> latest = new LinkedHashMap<>();
        for (Placement p : applied) {
            if (!(p instanceof Placement.Unchanged)) {
                latest.put(p.article().id(), p);
            }
        }
        Map<String, List<String>> entities = store.entities().idsOfArticles(latest.keySet());
        List<String> regrouped = new ArrayList<>();
        for (Placement p : latest.values()) {
            float[] vector = p.prepared().vector() != null ? p.prepared().vector() : vectorOf(store, p.article().id());
            // New articles and new texts have no passages yet: the passage stage reaches them later.
            index.put(new IndexedArticle(p.article(), duplicateOf(p), vector,
                    entities.getOrDefault(p.article().id(), List.of()), List.of()));
            if (p instanceof Placement.Copy copy && copy.leads()) {
                regrouped.add(p.article().id());
            }
        }
        for (String lead : regrouped) { // the group's other members now copy this one
            store.article(lead).ifPresent(a -> IndexEntries.of(store, store.copiesOf(a),
                    c -> store.vector(c.id()).orElse(null)).forEach(index::put));
        }
        uncommitted += latest.size();
        if (uncommitted >= 500) {
            commitIndex();
        }
    }

    /** Puts the committed versions of these articles (stored by another process) into the search index. */
    private void reindex(List<String> ids) {
        if (index == null || ids.isEmpty()) {
            return;
        }
        IndexEntries.ofIds(store, ids).forEach(index::put);
        uncommitted += ids.size();
        commitIndex();
    }

    /** The original a placed article copies, as the store holds it after the write; null for an original. */
    private String duplicateOf(Placement p) {
        return switch (p) {
            case Placement.Copy copy -> copy.leads() ? null : copy.canonicalId();
            case Placement.Update update -> store.article(update.article().id()).map(StoredArticle::duplicateOf)
                    .orElse(null);
            default -> null;
        };
    }

    private static float[] vectorOf(ArticleStore store, String articleId) {
        return store.vector(articleId).map(SentenceEmbedder::fromBytes).orElse(null);
    }

    /**
     * Runs the decisions and writes of {@code work} in one transaction. A store's write transaction holds its
     * write lock from the start ({@link ArticleStore#transaction}), so what other processes committed before is
     * taken in first, under the lock: no other writer can place an article between this catch-up and this commit,
     * and every decision sees every earlier one, whichever process or machine made it. The change feed's position
     * when the work begins and ends tells this pipeline's own changes from another's. When the transaction rolls
     * back, the in-memory indexes, which may hold its decisions, are rebuilt from the store.
     */
    private <T> T write(java.util.function.Function<StoreTransaction, T> work) {
        long[] feed = new long[2];
        List<String> theirs = new ArrayList<>();
        T result;
        try {
            result = store.transaction(tx -> {
                theirs.addAll(placer.catchUp());
                feed[0] = tx.lastChange();
                T value = work.apply(tx);
                feed[1] = tx.lastChange();
                return value;
            });
        } catch (RuntimeException e) {
            placer.rebuild();
            throw e;
        }
        reindex(theirs);
        reindex(placer.committed(feed[0], feed[1]));
        return result;
    }

    /** Time spent in each stage since this pipeline opened. */
    public StageTimes stageTimes() {
        return times;
    }

    /** True when a document with this exact content was ingested before (read outside any transaction). */
    boolean knows(String contentHash) {
        return store.hasDocument(contentHash);
    }

    /** Prepares a document (pure, any thread): for the batch's workers. */
    PreparedDocument prepare(RawDocument document, String contentHash) {
        return preparation.prepare(document, contentHash);
    }
}
