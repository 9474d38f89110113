package org.storyline.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.storyline.cluster.ClusterInput;
import org.storyline.cluster.StoryClusterer;
import org.storyline.dedup.DuplicateDetector;
import org.storyline.enrich.LanguageGuesser;
import org.storyline.extract.dump.DumpParser;
import org.storyline.model.Article;
import org.storyline.model.ArticleIds;
import org.storyline.model.ParsedArticle;
import org.storyline.model.RawDocument;
import org.storyline.model.StoredArticle;
import org.storyline.source.SourceFailure;
import org.storyline.store.Store;
import org.storyline.store.StoreTransaction;

/**
 * The order of the stages, and the only class that stores what they return.
 *
 * <pre>{@code
 * Pipeline pipeline = Pipeline.open(store);
 * DocumentOutcome outcome = pipeline.ingest(document, contentHash);
 * }</pre>
 *
 * <p>Per document: skip it when its exact content was ingested before; parse it into articles; for each
 * article, combine it with the stored article of the same id, or find the stored article it copies (it then
 * joins that copy's duplicate group and story), or let the clusterer place it in a story; then store it
 * all in one transaction. The duplicate detector and the clusterer keep their state in memory, rebuilt
 * from the store when the pipeline opens and after a failed transaction.
 *
 * <p>Not thread-safe: one pipeline ingests one document at a time.
 */
public final class Pipeline {

    private final Store store;
    private final DumpParser parser = new DumpParser();
    private final LanguageGuesser languages = new LanguageGuesser();
    private DuplicateDetector duplicates;
    private StoryClusterer clusterer;

    private Pipeline(Store store) {
        this.store = store;
    }

    /** A pipeline over {@code store}, its in-memory indexes rebuilt from what the store holds. */
    public static Pipeline open(Store store) {
        Pipeline pipeline = new Pipeline(store);
        pipeline.rebuild();
        return pipeline;
    }

    /** Ingests one decoded document; never throws for bad content, only for broken infrastructure. */
    public DocumentOutcome ingest(RawDocument document, String contentHash) {
        String origin = document.origin();
        List<ParsedArticle> parsed;
        try {
            parsed = parser.parse(document);
        } catch (RuntimeException e) {
            // A parser bug must not lose the batch: the document is reported and the rest goes on.
            return recordProblem(DocumentOutcome.failed(origin, "parse: " + e));
        }
        if (parsed.isEmpty()) {
            return store.transaction(tx -> tx.hasDocument(contentHash)
                    ? new DocumentOutcome(origin, DocumentOutcome.Status.UNCHANGED, 0, 0, 0, null)
                    : recordIn(tx, DocumentOutcome.skipped(origin, "no recognisable article in this page")));
        }
        try {
            return store.transaction(tx -> store(tx, document, contentHash, parsed));
        } catch (RuntimeException e) {
            rebuild(); // the transaction rolled back; the in-memory indexes may hold its articles
            throw e;
        }
    }

    /** Records an input that could not even be read (a source failure) so the user can see it later. */
    public DocumentOutcome reject(SourceFailure failure) {
        return recordProblem(DocumentOutcome.failed(failure.origin(), failure.reason()));
    }

    private DocumentOutcome store(StoreTransaction tx, RawDocument document, String hash, List<ParsedArticle> parsed) {
        if (tx.hasDocument(hash)) {
            return new DocumentOutcome(document.origin(), DocumentOutcome.Status.UNCHANGED, 0, 0, 0, null);
        }
        int added = 0;
        int updated = 0;
        int copies = 0;
        Set<String> touchedStories = new HashSet<>();
        List<String> seen = new ArrayList<>();
        for (ParsedArticle item : parsed) {
            Article article = toArticle(item, document.origin());
            if (seen.contains(article.id())) {
                continue; // the page shows the same article twice; the parser kept the fuller copy first
            }
            seen.add(article.id());
            Optional<StoredArticle> existing = tx.article(article.id());
            StoredArticle stored;
            if (existing.isPresent()) {
                Article combined = ArticleMerge.combine(existing.get().article(), article);
                if (!combined.equals(existing.get().article())) {
                    tx.update(combined);
                    updated++;
                }
                stored = existing.get();
            } else {
                boolean joinedGroup = place(tx, article);
                stored = tx.article(article.id()).orElseThrow();
                added++;
                copies += joinedGroup ? 1 : 0;
            }
            touchedStories.add(stored.storyId());
            tx.linkDocument(hash, article.id(), item.role(), seen.size() - 1);
        }
        touchedStories.forEach(tx::refreshStory);
        tx.addDocument(hash, document.origin(), document.capturedAt(), document.capturedAtApprox(), seen.size());
        tx.clearProblems(document.origin());
        return new DocumentOutcome(document.origin(), DocumentOutcome.Status.INGESTED, added, updated, copies, null);
    }

    /**
     * Stores a new article as a member of an existing duplicate group (a copy, or its new canonical copy when
     * it is earlier or fuller), or as a new member of a story. True when it joined a duplicate group.
     */
    private boolean place(StoreTransaction tx, Article article) {
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
            tx.insert(new StoredArticle(article, null, clusterer.assign(clusterInput(article))));
        }
        duplicates.add(article.id(), article.text());
        return copied.isPresent();
    }

    private Article toArticle(ParsedArticle p, String origin) {
        return new Article(ArticleIds.of(p), p.title(), p.outlet(), p.url(), p.published(), p.section(), p.author(),
                languages.guess(p.title() + "\n" + p.text()), p.hashtags(), p.text(), origin);
    }

    private static ClusterInput clusterInput(Article a) {
        return new ClusterInput(a.id(), a.title(), a.text(), a.published() == null ? null : a.published().instant());
    }

    private DocumentOutcome recordProblem(DocumentOutcome outcome) {
        return store.transaction(tx -> recordIn(tx, outcome));
    }

    private static DocumentOutcome recordIn(StoreTransaction tx, DocumentOutcome outcome) {
        tx.recordProblem(outcome.origin(), outcome.reason());
        return outcome;
    }

    private void rebuild() {
        DuplicateDetector freshDuplicates = new DuplicateDetector();
        StoryClusterer freshClusterer = new StoryClusterer();
        store.forEachArticle(stored -> {
            freshDuplicates.add(stored.id(), stored.article().text());
            if (!stored.isCopy()) {
                freshClusterer.restore(clusterInput(stored.article()), stored.storyId());
            }
        });
        duplicates = freshDuplicates;
        clusterer = freshClusterer;
    }
}
