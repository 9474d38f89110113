package org.storyline.index.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.storyline.index.SearchHit;

/**
 * The snippets of a page of hits, written here by the embedded index's own highlighter (Lucene's unified
 * highlighter, same settings) over the page's texts in a small in-memory index, instead of by OpenSearch's.
 * OpenSearch's is the same highlighter with other habits: it trims each passage (and with it a marker at a
 * passage's edge, since the markers are control characters), marks a phrase word by word, and picks other
 * passages where scores tie; written here, a snippet is the one the embedded index gives, byte for byte. A page
 * is ten or twenty texts the search fetches anyway (the start of a text stands in when nothing matches), so
 * indexing them again costs a millisecond or two.
 */
final class SnippetWriter {

    private static final Analyzer ANALYZER = new EnglishAnalyzer();
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    private SnippetWriter() {
    }

    /** A hit's title and text. */
    record Page(String title, String text) {}

    /**
     * Per article, the passages of its text matching {@code query} (null or empty when none match). The titles
     * are indexed too: the highlighter marks only what matches within a document the whole query matches.
     */
    static String[] highlight(Query query, List<Page> pages) {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(ANALYZER))) {
                for (Page page : pages) {
                    Document doc = new Document();
                    doc.add(new TextField(ArticleMapping.TITLE, page.title(), Field.Store.NO));
                    doc.add(new Field(ArticleMapping.TEXT, page.text(), TEXT_WITH_OFFSETS));
                    writer.addDocument(doc);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, ANALYZER)
                        .withFormatter(new DefaultPassageFormatter(String.valueOf(SearchHit.MATCH_START),
                                String.valueOf(SearchHit.MATCH_END), " … ", false))
                        .withMaxLength(100_000).withMaxNoHighlightPassages(0).build();
                ScoreDoc[] docs = new ScoreDoc[pages.size()];
                for (int i = 0; i < docs.length; i++) {
                    docs[i] = new ScoreDoc(i, 1);
                }
                return highlighter.highlight(ArticleMapping.TEXT, query,
                        new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs), 2);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("index: cannot highlight", e);
        }
    }

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
