package org.storyline.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.storyline.embed.SentenceEmbedder;
import org.storyline.model.Article;

/**
 * Search over articles: BM25 on title (boosted) and text with English stemming and quoted phrases, semantic
 * nearest neighbours on the articles' sentence embeddings (Lucene HNSW), the two merged by reciprocal-rank
 * fusion; filters on outlet, dates, hashtag, language and entity; highlighted snippets.
 *
 * <pre>{@code
 * try (LuceneArticleIndex index = LuceneArticleIndex.open(dataDir.resolve("index"))) {
 *     index.put(article, vector);
 *     SearchResults page = index.search("sputnik raid", queryVector, SearchFilters.NONE, 20, 0);
 * }
 * }</pre>
 *
 * <p>Writes become visible to searches at once (near-real-time readers) and durable at {@link #commit()}
 * or close; after a crash the caller compares {@link #size()} with the store and rebuilds. An index written
 * with an older schema opens empty, which makes the caller rebuild it.
 */
public final class LuceneArticleIndex implements ArticleIndex {

    /**
     * Semantic neighbours below this cosine are not results: MiniLM gives unrelated news pairs cosines around
     * 0.0–0.2 and a query's real matches 0.35 and up.
     */
    public static final float MIN_COSINE = 0.30f;
    private static final String WATERMARK = "changes";
    /** Candidates taken from each ranking before fusion (at least; more when a page lies deeper). */
    static final int DEPTH = 60;
    /** The longest one search may collect for. */
    static final java.time.Duration SEARCH_DEADLINE = java.time.Duration.ofSeconds(2);

    private static final Map<String, Float> BOOSTS = Map.of(IndexFields.TITLE, 2.0f, IndexFields.TEXT, 1.0f);
    private static final int SNIPPET_FALLBACK_CHARS = 240;

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** Set by writes; the next search reopens its reader first (reopening per write would flush tiny segments). */
    private final java.util.concurrent.atomic.AtomicBoolean changed = new java.util.concurrent.atomic.AtomicBoolean();

    /** Read-only: when the reader last looked for another process's commits. */
    private volatile long lookedAt = System.nanoTime();

    private LuceneArticleIndex(IndexWriter writer, SearcherManager searchers) {
        this.writer = writer;
        this.searchers = searchers;
    }

    /**
     * The index as another process writes it, for searching only: a second {@code serve} on the same data folder.
     * It sees the writer's commits within {@link #READ_ONLY_REFRESH}; every write throws. Empty when no index was
     * ever committed there.
     */
    public static Optional<LuceneArticleIndex> openReadOnly(Path directory) {
        try {
            FSDirectory dir = FSDirectory.open(directory);
            if (!DirectoryReader.indexExists(dir)) {
                dir.close();
                return Optional.empty();
            }
            return Optional.of(new LuceneArticleIndex(null, new SearcherManager(dir, null)));
        } catch (IOException e) {
            throw new UncheckedIOException("index: cannot open " + directory + " to read", e);
        }
    }

    /** How often a read-only index looks for the writer's new commits. */
    public static final java.time.Duration READ_ONLY_REFRESH = java.time.Duration.ofSeconds(1);

    /** Whether this index was opened read-only ({@link #openReadOnly}). */
    public boolean readOnly() {
        return writer == null;
    }

    private IndexWriter writer() {
        if (writer == null) {
            throw new IllegalStateException("index: opened read-only: another Storyline process writes it");
        }
        return writer;
    }

    /**
     * The index, or empty when another process holds it (a running {@code serve} while the CLI ingests): the
     * caller goes on without it and the holder takes in what it stores by following the store's change feed.
     */
    public static Optional<LuceneArticleIndex> tryOpen(Path directory) {
        try {
            return Optional.of(open(directory));
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof org.apache.lucene.store.LockObtainFailedException) {
                return Optional.empty();
            }
            throw e;
        }
    }

    public static LuceneArticleIndex open(Path directory) {
        try {
            IndexWriterConfig config = new IndexWriterConfig(new EnglishAnalyzer());
            config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            config.setRAMBufferSizeMB(64); // fewer, larger segments: HNSW graphs are costly to merge
            IndexWriter writer = new IndexWriter(FSDirectory.open(directory), config);
            Map<String, String> data = new HashMap<>();
            var live = writer.getLiveCommitData();
            if (live != null) {
                live.forEach(e -> data.put(e.getKey(), e.getValue()));
            }
            if (!IndexFields.SCHEMA.equals(data.get("schema"))) {
                writer.deleteAll(); // written by an older Storyline: the caller sees it empty and rebuilds it
                writer.setLiveCommitData(Map.of("schema", IndexFields.SCHEMA).entrySet());
            }
            return new LuceneArticleIndex(writer, new SearcherManager(writer, null));
        } catch (IOException e) {
            throw new UncheckedIOException("index: cannot open " + directory, e);
        }
    }

    /** Adds or replaces an article without an embedding. */
    public void put(Article article) {
        put(article, null, List.of());
    }

    /** Adds or replaces an article with its sentence embedding (null when it has none). */
    public void put(Article article, float[] vector) {
        put(article, vector, List.of());
    }

    /** Adds or replaces an article (and its passages) by id. */
    @Override
    public void put(IndexedArticle article) {
        float[] vector = article.vector();
        try {
            writer().updateDocuments(new Term(IndexFields.ID, article.article().id()), IndexFields.block(article,
                    vector == null || norm(vector) == 0 ? null : SentenceEmbedder.unit(vector)));
            changed.set(true);
        } catch (IOException e) {
            throw new UncheckedIOException("index: cannot write " + article.article().id(), e);
        }
    }

    /** Passages are children of their article, searched one best passage per article. */
    @Override
    public boolean searchesPassages() {
        return true;
    }

    /** Removes everything (before a rebuild). */
    @Override
    public void clear() {
        try {
            writer().deleteAll();
            writer().setLiveCommitData(Map.of("schema", IndexFields.SCHEMA).entrySet());
            changed.set(true);
        } catch (IOException e) {
            throw new UncheckedIOException("index: cannot clear", e);
        }
    }

    /** Articles indexed. */
    @Override
    public int size() {
        try {
            IndexSearcher searcher = acquire();
            try {
                return searcher.count(IndexFields.ARTICLES);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("index: cannot count", e);
        }
    }

    /**
     * The best {@code limit} keyword matches of {@code query} (words, "quoted phrases", AND/OR/-exclusions), or
     * empty when the query cannot be read even with its syntax escaped.
     */
    @Override
    public Optional<List<SearchHit>> search(String query, int limit) {
        if (!UserQuery.hasWords(UserQuery.clean(query))) {
            return Optional.of(List.of()); // nothing to search for: no hits
        }
        if (parse(query) == null) {
            return Optional.empty();
        }
        return Optional.of(search(query, null, SearchFilters.NONE, limit, 0).hits());
    }

    /**
     * A page of results: keyword matches of {@code query} fused with the semantic neighbours of
     * {@code queryVector} (either may be absent), narrowed by {@code filters}. With neither a query nor a vector,
     * the filtered articles newest first. A query that cannot be read contributes nothing. An original and its
     * republished copies are one result, at the rank of the best-placed member, and are counted once.
     */
    @Override
    public SearchResults search(String query, float[] queryVector, SearchFilters filters, int limit, int offset) {
        Query filter = IndexFields.filter(filters);
        Query keywords = query == null || query.isBlank() ? null : parse(query);
        int depth = Math.max(DEPTH, offset + limit + 1);
        try {
            IndexSearcher shared = acquire();
            try {
                IndexSearcher searcher = timed(shared);
                if (keywords == null && queryVector == null) {
                    return newest(searcher, filter, limit, offset);
                }
                Candidates candidates = new Candidates();
                long matched = 0;
                Query matching = keywords == null ? null : filtered(keywords, filter);
                if (matching != null) {
                    TopDocs top = searcher.search(matching, depth);
                    candidates.rank(searcher, top.scoreDocs);
                    matched = DuplicateGroups.count(searcher, matching, top.totalHits);
                }
                if (queryVector != null) {
                    List<SemanticNeighbours.Near> near = SemanticNeighbours.nearest(searcher,
                            SentenceEmbedder.unit(queryVector), depth, filter, MIN_COSINE);
                    Set<String> semantic = candidates.rank(searcher, near);
                    matched += semantic.size() - (matching == null ? 0
                            : DuplicateGroups.matching(searcher, matching, semantic).size());
                }
                List<RankFusion.Fused> fused = RankFusion.fuse(candidates.rankings);
                List<RankFusion.Fused> page = fused.subList(Math.min(offset, fused.size()),
                        Math.min(offset + limit, fused.size()));
                return new SearchResults(hits(searcher, keywords, page, candidates), fused.size() > offset + limit,
                        matched);
            } finally {
                searchers.release(shared);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("index: search failed", e);
        }
    }

    /**
     * A searcher over the same reader with a deadline: a search that runs past {@link #SEARCH_DEADLINE} returns
     * what it collected so far instead of holding a core (one per search: the deadline starts with it).
     */
    private static IndexSearcher timed(IndexSearcher shared) {
        IndexSearcher searcher = new IndexSearcher(shared.getIndexReader());
        searcher.setTimeout(new QueryTimeoutImpl(SEARCH_DEADLINE.toMillis()));
        return searcher;
    }

    /**
     * Up to {@code limit} articles whose embeddings are nearest {@code vector} (cosine at least
     * {@link #MIN_COSINE}), leaving out {@code exclude}: ids, nearest first.
     */
    @Override
    public List<String> similar(float[] vector, int limit, Set<String> exclude) {
        try {
            IndexSearcher searcher = acquire();
            try {
                if (vector.length != SemanticNeighbours.dimension(searcher, IndexFields.VECTOR)) {
                    return List.of(); // no embeddings, or another model's
                }
                // Unfiltered, with room for the excluded: a filter that keeps nearly everything makes Lucene
                // fall back to an exact scan of every vector.
                int k = limit + exclude.size();
                TopDocs top = searcher.search(new KnnFloatVectorQuery(IndexFields.VECTOR, SentenceEmbedder.unit(vector),
                        k, null), k);
                List<String> ids = new ArrayList<>();
                for (ScoreDoc d : top.scoreDocs) {
                    String id = idOf(searcher, d.doc);
                    if (SemanticNeighbours.cosine(d.score) >= MIN_COSINE && !exclude.contains(id) && ids.size() < limit) {
                        ids.add(id);
                    }
                }
                return ids;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("index: similar failed", e);
        }
    }

    /** True when some indexed article has an embedding, so semantic search can find anything. */
    @Override
    public boolean hasVectors() {
        try {
            IndexSearcher searcher = acquire();
            try {
                return hasVectors(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("index: cannot read", e);
        }
    }

    /** Makes everything written so far durable. */
    public void commit() {
        try {
            writer().commit();
        } catch (IOException e) {
            throw new UncheckedIOException("index: cannot commit", e);
        }
    }

    /**
     * Makes everything written so far durable, recording that it reflects the store's change feed up to
     * {@code watermark}: a process that opens the index later indexes only the changes after it.
     */
    @Override
    public void commit(long watermark) {
        writer().setLiveCommitData(Map.of("schema", IndexFields.SCHEMA, WATERMARK, Long.toString(watermark)).entrySet());
        changed.set(true);
        commit();
    }

    /** The store's change feed position this index reflects, or -1 when it never recorded one (rebuild it). */
    @Override
    public long watermark() {
        if (writer == null) {
            return committedWatermark();
        }
        var live = writer.getLiveCommitData();
        if (live != null) {
            for (var e : live) {
                if (e.getKey().equals(WATERMARK)) {
                    return Long.parseLong(e.getValue());
                }
            }
        }
        return -1;
    }

    /** The watermark of the commit a read-only index sees. */
    private long committedWatermark() {
        try {
            IndexSearcher searcher = acquire();
            try {
                String value = ((DirectoryReader) searcher.getIndexReader()).getIndexCommit().getUserData().get(WATERMARK);
                return value == null ? -1 : Long.parseLong(value);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("index: cannot read its commit", e);
        }
    }

    /** The filtered articles newest first, each duplicate group once (at its newest member). */
    private SearchResults newest(IndexSearcher searcher, Query filter, int limit, int offset) throws IOException {
        Sort byDate = new Sort(new SortField(IndexFields.PUBLISHED, SortField.Type.LONG, true));
        Query articles = filter == null ? IndexFields.ARTICLES : filtered(IndexFields.ARTICLES, filter);
        int wanted = offset + limit + 1;
        List<ScoreDoc> shown = new ArrayList<>();
        for (int n = wanted; ; n *= 4) { // copies take places in the sorted list: look deeper until enough groups
            TopDocs top = searcher.search(articles, n, byDate);
            Set<String> groups = new java.util.HashSet<>();
            shown.clear();
            for (ScoreDoc d : top.scoreDocs) {
                if (groups.add(DuplicateGroups.of(searcher, d.doc)) && shown.size() < wanted) {
                    shown.add(d);
                }
            }
            if (shown.size() >= wanted || top.scoreDocs.length < n) {
                break;
            }
        }
        List<SearchHit> hits = new ArrayList<>();
        for (int i = offset; i < Math.min(shown.size(), offset + limit); i++) {
            var doc = searcher.storedFields().document(shown.get(i).doc);
            hits.add(new SearchHit(doc.get(IndexFields.ID), 0, lead(doc.get(IndexFields.TEXT))));
        }
        return new SearchResults(hits, shown.size() > offset + limit, DuplicateGroups.count(searcher, articles));
    }

    private List<SearchHit> hits(IndexSearcher searcher, Query keywords, List<RankFusion.Fused> page,
                                 Candidates candidates) throws IOException {
        ScoreDoc[] pageDocs = page.stream().map(f -> new ScoreDoc(candidates.shown.get(f.id()).doc(), (float) f.score()))
                .toArray(ScoreDoc[]::new);
        String[] snippets = new String[pageDocs.length];
        if (keywords != null && pageDocs.length > 0) {
            UnifiedHighlighter highlighter = new OneWeightHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
                    .withFormatter(new DefaultPassageFormatter(String.valueOf(SearchHit.MATCH_START),
                            String.valueOf(SearchHit.MATCH_END), " … ", false))
                    .withMaxLength(100_000).withMaxNoHighlightPassages(0));
            snippets = highlighter.highlight(IndexFields.TEXT, keywords,
                    new TopDocs(new TotalHits(pageDocs.length, TotalHits.Relation.EQUAL_TO), pageDocs), 2);
        }
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < pageDocs.length; i++) {
            String group = page.get(i).id();
            Candidates.Member shown = candidates.shown.get(group);
            String snippet = snippets[i];
            if (snippet == null || snippet.isEmpty()) {
                String text = searcher.storedFields().document(pageDocs[i].doc).get(IndexFields.TEXT);
                snippet = shown.near() != null && shown.near().byPassage()
                        ? passage(text, shown.near().passageStart(), shown.near().passageEnd()) : lead(text);
            }
            hits.add(new SearchHit(shown.id(), pageDocs[i].score, snippet, candidates.copies(group)));
        }
        return hits;
    }

    /** The passage semantic search matched, as the snippet of a result no keyword found: it starts there. */
    private static String passage(String text, int start, int end) {
        if (text == null || start < 0 || end > text.length() || start >= end) {
            return lead(text);
        }
        return lead(text.substring(start, end));
    }

    /** The article id of a document (an article or a passage), from its doc value. */
    static String idOf(IndexSearcher searcher, int doc) throws IOException {
        String id = docValue(searcher, doc, IndexFields.ID);
        return id != null ? id : searcher.storedFields().document(doc, Set.of(IndexFields.ID)).get(IndexFields.ID);
    }

    /** A document's sorted doc value of {@code field} (a top-level doc id), or null when it has none. */
    static String docValue(IndexSearcher searcher, int doc, String field) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        SortedDocValues values = leaf.reader().getSortedDocValues(field);
        return values != null && values.advanceExact(doc - leaf.docBase)
                ? values.lookupOrd(values.ordValue()).utf8ToString() : null;
    }

    private static boolean hasVectors(IndexSearcher searcher) {
        return SemanticNeighbours.dimension(searcher, IndexFields.VECTOR) > 0 || SemanticNeighbours.hasPassages(searcher);
    }

    private static Query filtered(Query query, Query filter) {
        return filter == null ? query : new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                .add(filter, BooleanClause.Occur.FILTER).build();
    }

    private static String lead(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= SNIPPET_FALLBACK_CHARS) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', SNIPPET_FALLBACK_CHARS);
        return flat.substring(0, cut > SNIPPET_FALLBACK_CHARS / 2 ? cut : SNIPPET_FALLBACK_CHARS) + " …";
    }

    private IndexSearcher acquire() throws IOException {
        if (changed.getAndSet(false)) {
            searchers.maybeRefreshBlocking();
        } else if (writer == null && System.nanoTime() - lookedAt > READ_ONLY_REFRESH.toNanos()) {
            lookedAt = System.nanoTime();
            searchers.maybeRefresh(); // another process's commits; a no-op when there are none
        }
        return searchers.acquire();
    }

    private static double norm(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        return norm;
    }

    /** A typed query as Lucene reads it, its costly syntax escaped ({@link UserQuery}); null when nothing is left. */
    private Query parse(String typed) {
        String query = UserQuery.clean(typed);
        if (!UserQuery.hasWords(query)) {
            return null;
        }
        MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {IndexFields.TITLE, IndexFields.TEXT},
                analyzer, BOOSTS);
        parser.setDefaultOperator(QueryParserBase.AND_OPERATOR);
        parser.setAllowLeadingWildcard(false);
        try {
            return parser.parse(UserQuery.escape(query));
        } catch (ParseException | RuntimeException e) {
            try {
                return parser.parse(QueryParserBase.escape(query)); // a stray quote or bracket: search the words
            } catch (ParseException | RuntimeException again) {
                return null;
            }
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            if (writer != null) {
                writer.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("index: cannot close", e);
        }
    }
}
