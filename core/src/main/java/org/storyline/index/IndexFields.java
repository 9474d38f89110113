package org.storyline.index;

import java.time.ZoneOffset;
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
import org.storyline.model.Article;

/** The Lucene document of an article and the filter query of {@link SearchFilters}: the index's schema. */
final class IndexFields {

    /** Bumped whenever the fields change; an index written with another schema is rebuilt. */
    static final String SCHEMA = "3";

    static final String ID = "id";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String OUTLET = "outlet";
    static final String LANGUAGE = "language";
    static final String HASHTAG = "hashtag";
    static final String ENTITY = "entity";
    static final String PUBLISHED = "published";
    static final String VECTOR = "vector";

    /** The body, stored, with offsets in the postings so snippets need not analyse the text again. */
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    private IndexFields() {
    }

    static Document document(Article article, float[] unitVector, List<String> entities) {
        Document doc = new Document();
        doc.add(new StringField(ID, article.id(), Field.Store.YES));
        // Also as a doc value: reading ids of candidates from stored fields would decompress their bodies.
        doc.add(new SortedDocValuesField(ID, new BytesRef(article.id())));
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
