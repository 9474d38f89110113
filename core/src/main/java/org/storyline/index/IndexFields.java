package org.storyline.index;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.storyline.embed.SentenceEmbedder;
import org.storyline.model.Article;
import org.storyline.model.Passage;

/**
 * The Lucene documents of an article and the filter query of {@link SearchFilters}: the index's schema.
 *
 * <p>An article is one block of documents (Lucene's block join): one child per passage, then the article itself,
 * the parent, last. Every document of the block carries the article's id, so replacing the article by its id
 * replaces its passages too. Only the parent has the searchable fields ({@link #KIND} {@code article} tells it
 * apart), so keyword queries and filters never match a passage, and counts are counts of articles.
 */
final class IndexFields {

    /** Bumped whenever the fields change; an index written with another schema is rebuilt. */
    static final String SCHEMA = "4";

    static final String ID = "id";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String OUTLET = "outlet";
    static final String LANGUAGE = "language";
    static final String HASHTAG = "hashtag";
    static final String ENTITY = "entity";
    static final String PUBLISHED = "published";
    static final String VECTOR = "vector";
    /** "article" on the parent of a block; passages have none. */
    static final String KIND = "kind";
    static final String ARTICLE = "article";
    /** The duplicate group (the original's id), a doc value of the parent: search counts a group once. */
    static final String GROUP = "group";
    /** "1" on a republished copy (a parent whose group is another article's). */
    static final String COPY = "copy";
    static final String PASSAGE_VECTOR = "passage_vector";
    static final String PASSAGE_START = "passage_start";
    static final String PASSAGE_END = "passage_end";

    /** The parents: every article, none of their passages. */
    static final Query ARTICLES = new TermQuery(new Term(KIND, ARTICLE));
    /** The republished copies. */
    static final Query COPIES = new TermQuery(new Term(COPY, "1"));

    /** The body, stored, with offsets in the postings so snippets need not analyse the text again. */
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    private IndexFields() {
    }

    /** The block of an article: its passages (unit vectors), then the article; {@code unitVector} may be null. */
    static List<Document> block(IndexedArticle indexed, float[] unitVector) {
        List<Document> block = new ArrayList<>(indexed.passages().size() + 1);
        for (Passage p : indexed.passages()) {
            if (p.vector().length == 0) {
                continue;
            }
            Document child = new Document();
            id(child, indexed.article().id());
            child.add(new KnnFloatVectorField(PASSAGE_VECTOR, SentenceEmbedder.unit(p.vector()), VectorSimilarityFunction.DOT_PRODUCT));
            child.add(new NumericDocValuesField(PASSAGE_START, p.start()));
            child.add(new NumericDocValuesField(PASSAGE_END, p.end()));
            block.add(child);
        }
        Document parent = document(indexed.article(), unitVector, indexed.entities());
        parent.add(new StringField(KIND, ARTICLE, Field.Store.NO));
        parent.add(new StringField(GROUP, indexed.group(), Field.Store.NO));
        parent.add(new SortedDocValuesField(GROUP, new BytesRef(indexed.group())));
        if (indexed.duplicateOf() != null) {
            parent.add(new StringField(COPY, "1", Field.Store.NO));
        }
        block.add(parent);
        return block;
    }

    private static void id(Document doc, String id) {
        doc.add(new StringField(ID, id, Field.Store.YES));
        // Also as a doc value: reading ids of candidates from stored fields would decompress their bodies.
        doc.add(new SortedDocValuesField(ID, new BytesRef(id)));
    }

    private static Document document(Article article, float[] unitVector, List<String> entities) {
        Document doc = new Document();
        id(doc, article.id());
        doc.add(new TextField(TITLE, article.title(), Field.Store.YES));
        doc.add(new Field(TEXT, article.text(), TEXT_WITH_OFFSETS));
        keyword(doc, OUTLET, article.outlet());
        keyword(doc, LANGUAGE, article.language());
        article.hashtags().forEach(tag -> keyword(doc, HASHTAG, tag));
        entities.forEach(entity -> keyword(doc, ENTITY, entity));
        long published = article.published() == null ? Long.MIN_VALUE : article.published().instant().getEpochSecond();
        doc.add(new LongPoint(PUBLISHED, published));
        doc.add(new NumericDocValuesField(PUBLISHED, published));
        if (unitVector != null) {
            doc.add(new KnnFloatVectorField(VECTOR, unitVector, VectorSimilarityFunction.DOT_PRODUCT));
        }
        return doc;
    }

    /** The filter of these narrowings, or null when nothing narrows. */
    static Query filter(SearchFilters filters) {
        if (filters.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        term(all, OUTLET, filters.outlet());
        term(all, LANGUAGE, filters.language());
        term(all, HASHTAG, filters.hashtag());
        term(all, ENTITY, filters.entity());
        if (filters.from() != null || filters.to() != null) {
            long from = filters.from() == null ? Long.MIN_VALUE + 1
                    : filters.from().atStartOfDay(ZoneOffset.UTC).toEpochSecond();
            long to = filters.to() == null ? Long.MAX_VALUE
                    : filters.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond() - 1;
            all.add(LongPoint.newRangeQuery(PUBLISHED, from, to), BooleanClause.Occur.FILTER);
        }
        return all.build();
    }

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private static void keyword(Document doc, String field, String value) {
        String key = SearchFilters.key(value);
        if (key != null) {
            doc.add(new StringField(field, key, Field.Store.NO));
        }
    }

    private static void term(BooleanQuery.Builder all, String field, String key) {
        if (key != null) {
            all.add(new TermQuery(new Term(field, key)), BooleanClause.Occur.FILTER);
        }
    }
}
