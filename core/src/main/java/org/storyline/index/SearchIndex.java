package org.storyline.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.storyline.model.Article;

/**
 * Full-text search over articles: BM25 on title (boosted) and text, English stemming, phrase queries with
 * quotes, highlighted snippets.
 *
 * <pre>{@code
 * try (SearchIndex index = SearchIndex.open(dataDir.resolve("index"))) {
 *     index.put(article);
 *     index.search("sputnik raid", 20).forEach(hit -> ...);
 * }
 * }</pre>
 *
 * <p>Writes become visible to searches at once (near-real-time readers) and durable at {@link #commit()}
 * or close; after a crash the caller compares {@link #size()} with the store and rebuilds.
 */
public final class SearchIndex implements AutoCloseable {

    private static final String ID = "id";
    private static final String TITLE = "title";
    private static final String TEXT = "text";
    private static final Map<String, Float> BOOSTS = Map.of(TITLE, 2.0f, TEXT, 1.0f);

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private SearchIndex(IndexWriter writer) throws IOException {
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
    }

    /**
     * The index, or empty when another process holds it (a running {@code serve} while the CLI ingests): the
     * caller goes on without it and the holder rebuilds what it missed at its next start.
     */
    public static Optional<SearchIndex> tryOpen(Path directory) {
        try {
            return Optional.of(open(directory));
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof org.apache.lucene.store.LockObtainFailedException) {
                return Optional.empty();
            }
            throw e;
        }
    }

    public static SearchIndex open(Path directory) {
        try {
            IndexWriterConfig config = new IndexWriterConfig(new EnglishAnalyzer());
            config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            return new SearchIndex(new IndexWriter(FSDirectory.open(directory), config));
        } catch (IOException e) {
            throw new UncheckedIOException("index: cannot open " + directory, e);
        }
    }

    /** Adds or replaces an article. */
    public void put(Article article) {
        Document doc = new Document();
        doc.add(new StringField(ID, article.id(), Field.Store.YES));
        doc.add(new TextField(TITLE, article.title(), Field.Store.YES));
        doc.add(new TextField(TEXT, article.text(), Field.Store.YES));
        try {
            writer.updateDocument(new Term(ID, article.id()), doc);
            searchers.maybeRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException("index: cannot write " + article.id(), e);
        }
    }

    /** Removes everything (before a rebuild). */
    public void clear() {
        try {
            writer.deleteAll();
            searchers.maybeRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException("index: cannot clear", e);
        }
    }

    /** Articles indexed. */
    public int size() {
        return (int) writer.getDocStats().numDocs;
    }

    /**
     * The best {@code limit} matches of {@code query} (words, "quoted phrases", AND/OR/-exclusions), or empty
     * when the query cannot be read even with its syntax escaped.
     */
    public Optional<List<SearchHit>> search(String query, int limit) {
        Query parsed = parse(query);
        if (parsed == null) {
            return Optional.empty();
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                TopDocs top = searcher.search(parsed, limit);
                UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                        .withFormatter(new DefaultPassageFormatter(String.valueOf(SearchHit.MATCH_START),
                                String.valueOf(SearchHit.MATCH_END), " … ", false))
                        .withMaxLength(100_000).build();
                String[] snippets = highlighter.highlight(TEXT, parsed, top, 2);
                List<SearchHit> hits = new ArrayList<>();
                for (int i = 0; i < top.scoreDocs.length; i++) {
                    String id = searcher.storedFields().document(top.scoreDocs[i].doc).get(ID);
                    hits.add(new SearchHit(id, top.scoreDocs[i].score, snippets[i] == null ? "" : snippets[i]));
                }
                return Optional.of(hits);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("index: search failed", e);
        }
    }

    /** Makes everything written so far durable. */
    public void commit() {
        try {
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("index: cannot commit", e);
        }
    }

    private Query parse(String query) {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {TITLE, TEXT}, analyzer, BOOSTS);
        parser.setDefaultOperator(QueryParserBase.AND_OPERATOR);
        try {
            return parser.parse(query);
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
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("index: cannot close", e);
        }
    }
}
