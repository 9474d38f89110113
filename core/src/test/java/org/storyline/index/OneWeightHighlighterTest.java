package org.storyline.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** The one-weight highlighter marks exactly what Lucene's stock unified highlighter marks, segment by segment. */
class OneWeightHighlighterTest {

    private static final List<String> TEXTS = List.of(
            "Police raided the Sputnik offices in Baku. Two editors were detained on Monday.",
            "Officers raided a bureau. Later the editors of the bureau were released.",
            "The match ended in a draw. Nothing was raided.",
            "Sputnik editors said the raid was unlawful. The Baku offices stay closed; the editors left Baku.",
            "Football results from the weekend, with no police involved.",
            "Baku police detained editors. Offices were raided at dawn, police said, and editors were held.");

    @Test
    void snippetsEqualTheStockHighlightersOnEveryQueryKind() throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            IndexWriterConfig config = new IndexWriterConfig(new EnglishAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
            try (IndexWriter writer = new IndexWriter(dir, config)) {
                for (int i = 0; i < TEXTS.size(); i++) {
                    writer.addDocument(document(TEXTS.get(i)));
                    if (i % 2 == 1) {
                        writer.commit(); // several segments: each document's matches come from its own segment
                    }
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertThat(reader.leaves()).hasSizeGreaterThan(1);
                IndexSearcher searcher = new IndexSearcher(reader);
                TopDocs all = searcher.search(new MatchAllDocsQuery(), TEXTS.size());
                for (String typed : List.of("raided", "editors baku", "\"sputnik offices\"", "police -football",
                        "editors OR draw", "raid*", "detained editors police")) {
                    Query query = parse(typed);
                    String[] stock = builder(searcher).build().highlight(IndexFields.TEXT, query, all, 2);
                    OneWeightHighlighter highlighter = new OneWeightHighlighter(builder(searcher));
                    String[] mine = highlighter.highlight(IndexFields.TEXT, query, all, 2);
                    assertThat(mine).as(typed).containsExactly(stock);
                    assertThat(mine).as(typed + ": some document is marked").anyMatch(s -> s != null && s.contains("["));
                }
            }
        }
    }

    private static UnifiedHighlighter.Builder builder(IndexSearcher searcher) {
        return UnifiedHighlighter.builder(searcher, new EnglishAnalyzer())
                .withFormatter(new DefaultPassageFormatter("[", "]", " … ", false))
                .withMaxLength(100_000).withMaxNoHighlightPassages(0);
    }

    private static Query parse(String typed) throws Exception {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {IndexFields.TITLE, IndexFields.TEXT},
                new EnglishAnalyzer(), Map.of(IndexFields.TITLE, 2.0f, IndexFields.TEXT, 1.0f));
        parser.setDefaultOperator(QueryParserBase.AND_OPERATOR);
        return parser.parse(typed);
    }

    private static Document document(String text) {
        FieldType withOffsets = new FieldType(TextField.TYPE_STORED);
        withOffsets.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        Document doc = new Document();
        doc.add(new TextField(IndexFields.TITLE, text.substring(0, 20), Field.Store.YES));
        doc.add(new Field(IndexFields.TEXT, text, withOffsets));
        return doc;
    }
}
