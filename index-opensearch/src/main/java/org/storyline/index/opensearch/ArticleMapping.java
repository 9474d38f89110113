package org.storyline.index.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneOffset;
import java.util.List;
import org.storyline.index.SearchFilters;
import org.storyline.model.Article;

/**
 * The OpenSearch index of articles: its settings and mapping, the document of an article and the filter of
 * {@link SearchFilters}; the same fields, analysis and keys as the embedded Lucene index (core's
 * {@code IndexFields}), so both answer a search alike.
 *
 * <p>Analysis: OpenSearch's built-in {@code english} analyser is Lucene's {@code EnglishAnalyzer} (standard
 * tokenizer, English possessive, lower case, the English stop words, Porter stemmer), the one the embedded
 * index uses; a test holds the two to the same tokens. The body keeps offsets in its postings so highlighting
 * need not analyse the text again (as the embedded index does).
 */
final class ArticleMapping {

    /** Bumped whenever the mapping changes; an index of another schema is dropped and rebuilt from the store. */
    static final String SCHEMA = "2";

    static final String ID = "id";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String OUTLET = "outlet";
    static final String LANGUAGE = "language";
    static final String HASHTAG = "hashtag";
    static final String ENTITY = "entity";
    static final String PUBLISHED = "published";
    static final String VECTOR = "vector";

    private ArticleMapping() {
    }

    /** The create-index body: shards, replicas, k-NN on, and the fields (the vector comes with the first one). */
    static ObjectNode index(OpenSearchConfig config) {
        ObjectNode body = OpenSearchHttp.JSON.createObjectNode();
        // Derived source (the k-NN plugin's default in 3.x, stated here): the vector is kept once, in Lucene's
        // vector format, and put back into _source when read. Excluding it from _source instead keeps it as JSON
        // text in the recovery source for the 12 h soft-delete retention: 7.9 KB a document against 1.6 KB
        // (3,000 384-d vectors, measured).
        body.putObject("settings").putObject("index").put("number_of_shards", config.shards())
                .put("number_of_replicas", config.replicas()).put("knn", true)
                .put("knn.derived_source.enabled", true);
        ObjectNode mappings = body.putObject("mappings");
        mappings.put("dynamic", "strict"); // a misspelt field fails the write instead of growing the mapping
        mappings.putObject("_meta").put("schema", SCHEMA);
        ObjectNode properties = mappings.putObject("properties");
        properties.putObject(ID).put("type", "keyword");
        properties.putObject(TITLE).put("type", "text").put("analyzer", "english");
        properties.putObject(TEXT).put("type", "text").put("analyzer", "english").put("index_options", "offsets");
        for (String keyword : List.of(OUTLET, LANGUAGE, HASHTAG, ENTITY)) {
            properties.putObject(keyword).put("type", "keyword");
        }
        properties.putObject(PUBLISHED).put("type", "long");
        return body;
    }

    /**
     * The vector field for embeddings of {@code dimension}: HNSW in Lucene's own codec (OpenSearch's "lucene"
     * engine needs no native library), cosine, M = 16 and beam 100 as Lucene's defaults the embedded index uses.
     * Scores are (1 + cosine) / 2, as there.
     */
    static ObjectNode vectorField(int dimension) {
        ObjectNode body = OpenSearchHttp.JSON.createObjectNode();
        ObjectNode vector = body.putObject("properties").putObject(VECTOR);
        vector.put("type", "knn_vector").put("dimension", dimension).put("space_type", "cosinesimil");
        vector.putObject("method").put("name", "hnsw").put("engine", "lucene").putObject("parameters")
                .put("m", 16).put("ef_construction", 100);
        return body;
    }

    /** The document of an article; {@code unitVector} null when it has no embedding. */
    static ObjectNode document(Article article, float[] unitVector, List<String> entities) {
        ObjectNode doc = OpenSearchHttp.JSON.createObjectNode();
        doc.put(ID, article.id()).put(TITLE, article.title()).put(TEXT, article.text());
        keyword(doc, OUTLET, article.outlet());
        keyword(doc, LANGUAGE, article.language());
        keywords(doc, HASHTAG, article.hashtags());
        keywords(doc, ENTITY, entities);
        doc.put(PUBLISHED, article.published() == null ? Long.MIN_VALUE
                : article.published().instant().getEpochSecond());
        if (unitVector != null) {
            ArrayNode vector = doc.putArray(VECTOR);
            for (float x : unitVector) {
                vector.add(x);
            }
        }
        return doc;
    }

    /** The filter clauses of these narrowings (empty when nothing narrows), for a bool query's filter. */
    static ArrayNode filter(SearchFilters filters) {
        ArrayNode all = OpenSearchHttp.JSON.createArrayNode();
        term(all, OUTLET, filters.outlet());
        term(all, LANGUAGE, filters.language());
        term(all, HASHTAG, filters.hashtag());
        term(all, ENTITY, filters.entity());
        if (filters.from() != null || filters.to() != null) {
            long from = filters.from() == null ? Long.MIN_VALUE + 1
                    : filters.from().atStartOfDay(ZoneOffset.UTC).toEpochSecond();
            long to = filters.to() == null ? Long.MAX_VALUE
                    : filters.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond() - 1;
            all.addObject().putObject("range").putObject(PUBLISHED).put("gte", from).put("lte", to);
        }
        return all;
    }

    private static void keyword(ObjectNode doc, String field, String value) {
        String key = SearchFilters.key(value);
        if (key != null) {
            doc.put(field, key);
        }
    }

    private static void keywords(ObjectNode doc, String field, List<String> values) {
        ArrayNode keys = OpenSearchHttp.JSON.createArrayNode();
        values.stream().map(SearchFilters::key).filter(k -> k != null).forEach(keys::add);
        if (!keys.isEmpty()) {
            doc.set(field, keys);
        }
    }

    private static void term(ArrayNode all, String field, String key) {
        if (key != null) {
            all.addObject().putObject("term").put(field, key);
        }
    }
}
