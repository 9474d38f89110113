package org.storyline.pipeline;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.storyline.enrich.LanguageGuesser;
import org.storyline.extract.dump.DumpParser;
import org.storyline.extract.html.Extraction;
import org.storyline.extract.html.HtmlExtractor;
import org.storyline.embed.SentenceEmbedder;
import org.storyline.index.SearchIndex;
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
 * <p>Per document: skip it when its exact content was ingested before; extract its articles (a page dump
 * through the dump parser, an HTML page through the HTML extractor); guess each article's language when the
 * page did not declare it; then, for each article, combine it with the stored article of the same id, or
 * join it to the duplicate group of the stored article it copies, or let the clusterer place it in a story
 * ({@link ArticleWriter}); all of one document in one transaction. Feed items take the same path with their
 * own identity ({@link #ingestItem}).
 *
 * <p>One document at a time: the public methods are synchronized, so the background poller, a source added
 * from the web page and the demo loader can share one pipeline.
 */
public final class Pipeline {

    private final Store store;
    private final DumpParser dumps = new DumpParser();
    private final HtmlExtractor html = new HtmlExtractor();
    private final LanguageGuesser languages = new LanguageGuesser();
    private final ArticleWriter writer;
    private final EntityRecorder people = new EntityRecorder(new org.storyline.enrich.entity.EntityExtractor());
    private final SearchIndex index;
    private int uncommitted;

    private Pipeline(Store store, SearchIndex index, SentenceEmbedder embedder) {
        this.store = store;
        this.index = index;
        this.writer = new ArticleWriter(store, embedder);
        people.backfill(store);
    }

    /**
     * A pipeline over {@code store}, its in-memory indexes rebuilt from what the store holds; no search index,
     * stories from TF-IDF alone.
     */
    public static Pipeline open(Store store) {
        return new Pipeline(store, null, null);
    }

    /**
     * A pipeline that also keeps {@code index} up to date; the index is rebuilt from the store first when it
     * does not hold exactly the stored articles (a crash before its last commit, or a new index).
     */
    public static Pipeline open(Store store, SearchIndex index) {
        return open(store, index, null);
    }

    /** As {@link #open(Store, SearchIndex)}, with sentence embeddings as a story signal when {@code embedder} is given. */
    public static Pipeline open(Store store, SearchIndex index, SentenceEmbedder embedder) {
        if (index != null && index.size() != store.counts().articles()) {
            index.clear();
            store.forEachArticle(a -> index.put(a.article(), vectorOf(store, a.id()), entityIdsOf(store, a.id())));
            index.commit();
        }
        return new Pipeline(store, index, embedder);
    }

    /** Makes the search index durable (the store always is); call at the end of a batch. */
    public synchronized void flush() {
        if (index != null && uncommitted > 0) {
            index.commit();
            uncommitted = 0;
        }
    }

    /** Ingests one decoded document; never throws for bad content, only for broken infrastructure. */
    public synchronized DocumentOutcome ingest(RawDocument document, String contentHash) {
        String origin = document.origin();
        List<Article> articles;
        List<ParsedArticle.Role> roles = new ArrayList<>();
        try {
            articles = extract(document, roles);
        } catch (RuntimeException e) {
            // An extractor bug must not lose the batch: the document is reported and the rest goes on.
            return recordProblem(DocumentOutcome.failed(origin, "extract: " + e));
        }
        if (articles.isEmpty()) {
            return store.transaction(tx -> tx.hasDocument(contentHash)
                    ? new DocumentOutcome(origin, DocumentOutcome.Status.UNCHANGED, 0, 0, 0, null)
                    : recordIn(tx, DocumentOutcome.skipped(origin, "no recognisable article in this page")));
        }
        reindex(writer.catchUp());
        DocumentOutcome outcome = guarded(() -> store.transaction(tx -> storeDocument(tx, document, contentHash,
                articles, roles)));
        writer.committed();
        reindex(articles.stream().map(Article::id).toList());
        return outcome;
    }

    /** Stores a feed item's article; a changed item replaces its earlier version in place. */
    public synchronized DocumentOutcome ingestItem(FeedEntry entry, String origin) {
        ParsedArticle parsed = entry.article();
        reindex(writer.catchUp());
        String[] written = new String[1];
        DocumentOutcome outcome = guarded(() -> store.transaction(tx -> {
            // The id this source's item was stored under before (stores from before ids were scoped keep theirs),
            // else one scoped to the source: another feed's item with the same GUID is never this article.
            String id = tx.itemArticle(entry.sourceId(), entry.itemKey())
                    .orElseGet(() -> ArticleIds.ofItem(entry.sourceId(), entry.itemKey()));
            Article article = toArticle(parsed, id, origin, entry.language());
            written[0] = id;
            ArticleWriter.Effect effect = writer.write(tx, article, true);
            if (effect != ArticleWriter.Effect.UNCHANGED) {
                people.recordStored(tx, article.id());
            }
            tx.putHtml(article.id(), entry.html());
            tx.recordItem(entry.sourceId(), entry.itemKey(), article.id(), entry.contentHash(),
                    parsed.published() == null ? null : parsed.published().instant().getEpochSecond());
            tx.article(article.id()).map(StoredArticle::storyId).ifPresent(tx::refreshStory);
            tx.article(article.id()).map(StoredArticle::storyId).ifPresent(s -> people.resolve(tx, s));
            return outcome(origin, effect);
        }));
        writer.committed();
        reindex(List.of(written[0]));
        return outcome;
    }

    /**
     * Takes in what other processes stored meanwhile (the in-memory indexes and the search index); a long-running
     * process calls it now and then, ingesting calls it before each document.
     */
    public synchronized void catchUp() {
        reindex(writer.catchUp());
    }

    /** Puts the committed versions of these articles into the search index; commits it every so often. */
    private void reindex(List<String> ids) {
        if (index == null || ids.isEmpty()) {
            return;
        }
        for (String id : ids) {
            store.article(id).ifPresent(a -> index.put(a.article(), vectorOf(store, id), entityIdsOf(store, id)));
        }
        if (++uncommitted >= 100) {
            flush();
        }
    }

    /** The ids of the entities an article names, for the search index's entity filter. */
    private static List<String> entityIdsOf(Store store, String articleId) {
        return store.entities().ofArticle(articleId).stream().map(org.storyline.store.EntityRow::entityId).distinct()
                .toList();
    }

    private static float[] vectorOf(Store store, String articleId) {
        return store.vector(articleId).map(SentenceEmbedder::fromBytes).orElse(null);
    }

    /** Records an input that could not even be read (a source failure) so the user can see it later. */
    public synchronized DocumentOutcome reject(SourceFailure failure) {
        return recordProblem(DocumentOutcome.failed(failure.origin(), failure.reason()));
    }

    private List<Article> extract(RawDocument document, List<ParsedArticle.Role> roles) {
        List<Article> articles = new ArrayList<>();
        if (document.format() == RawDocument.Format.HTML) {
            URI url = document.origin().startsWith("http") ? URI.create(document.origin()) : null;
            Extraction extraction = html.extract(document.content(), url);
            html.toArticle(extraction, url).ifPresent(p -> {
                articles.add(toArticle(p, ArticleIds.of(p), document.origin(), extraction.language()));
                roles.add(p.role());
            });
            return articles;
        }
        for (ParsedArticle p : dumps.parse(document)) {
            articles.add(toArticle(p, ArticleIds.of(p), document.origin(), null));
            roles.add(p.role());
        }
        return articles;
    }

    private DocumentOutcome storeDocument(StoreTransaction tx, RawDocument document, String hash,
                                          List<Article> articles, List<ParsedArticle.Role> roles) {
        if (tx.hasDocument(hash)) {
            return new DocumentOutcome(document.origin(), DocumentOutcome.Status.UNCHANGED, 0, 0, 0, null);
        }
        int added = 0;
        int updated = 0;
        int grouped = 0;
        Set<String> seen = new HashSet<>();
        Set<String> stories = new HashSet<>();
        for (int i = 0; i < articles.size(); i++) {
            Article article = articles.get(i);
            if (!seen.add(article.id())) {
                continue; // the page shows the same article twice; the extractor kept the fuller copy first
            }
            ArticleWriter.Effect effect = writer.write(tx, article, false);
            added += effect == ArticleWriter.Effect.ADDED || effect == ArticleWriter.Effect.ADDED_TO_GROUP ? 1 : 0;
            grouped += effect == ArticleWriter.Effect.ADDED_TO_GROUP ? 1 : 0;
            updated += effect == ArticleWriter.Effect.UPDATED ? 1 : 0;
            if (effect != ArticleWriter.Effect.UNCHANGED) {
                people.recordStored(tx, article.id());
            }
            tx.article(article.id()).map(StoredArticle::storyId).ifPresent(stories::add);
            tx.linkDocument(hash, article.id(), roles.get(i), seen.size() - 1);
        }
        stories.forEach(tx::refreshStory);
        stories.forEach(s -> people.resolve(tx, s));
        tx.addDocument(hash, document.origin(), document.capturedAt(), document.capturedAtApprox(), seen.size());
        tx.clearProblems(document.origin());
        return new DocumentOutcome(document.origin(), DocumentOutcome.Status.INGESTED, added, updated, grouped, null);
    }

    private DocumentOutcome guarded(java.util.function.Supplier<DocumentOutcome> write) {
        try {
            return write.get();
        } catch (RuntimeException e) {
            writer.rebuild(); // the transaction rolled back; the in-memory indexes may hold its articles
            throw e;
        }
    }

    private Article toArticle(ParsedArticle p, String id, String origin, String declaredLanguage) {
        String language = normalise(declaredLanguage);
        if (language == null) {
            language = languages.guess(p.title() + "\n" + p.text());
        }
        return new Article(id, p.title(), p.outlet(), p.url(), p.published(), p.section(), p.author(), language,
                p.hashtags(), p.text(), origin);
    }

    /** "en-GB", "en_US" → "en"; null or junk → null. */
    private static String normalise(String language) {
        if (language == null) {
            return null;
        }
        String code = language.trim().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return code.matches("[a-z]{2,3}") ? code : null;
    }

    private static DocumentOutcome outcome(String origin, ArticleWriter.Effect effect) {
        return switch (effect) {
            case ADDED -> new DocumentOutcome(origin, DocumentOutcome.Status.INGESTED, 1, 0, 0, null);
            case ADDED_TO_GROUP -> new DocumentOutcome(origin, DocumentOutcome.Status.INGESTED, 1, 0, 1, null);
            case UPDATED -> new DocumentOutcome(origin, DocumentOutcome.Status.INGESTED, 0, 1, 0, null);
            case UNCHANGED -> new DocumentOutcome(origin, DocumentOutcome.Status.UNCHANGED, 0, 0, 0, null);
        };
    }

    private DocumentOutcome recordProblem(DocumentOutcome outcome) {
        return store.transaction(tx -> recordIn(tx, outcome));
    }

    private static DocumentOutcome recordIn(StoreTransaction tx, DocumentOutcome outcome) {
        tx.recordProblem(outcome.origin(), outcome.reason());
        return outcome;
    }
}
