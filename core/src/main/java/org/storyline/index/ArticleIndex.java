package org.storyline.index;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.storyline.model.Article;

/**
 * The search index the pipeline feeds and the web searches: BM25 over articles' words, nearest articles by
 * sentence embedding, filters, hybrid fusion. The embedded one is {@link LuceneArticleIndex} (Lucene); a distributed one
 * (OpenSearch) is the seam for a search cluster.
 *
 * <p>It follows the store's change feed: {@link #commit(long)} records how far, {@link #watermark()} says it, so a
 * process that opens the index takes only the changes after it.
 */
public interface ArticleIndex extends AutoCloseable {

    /**
     * Adds or replaces an article: its duplicate group, embedding (null: none), entity ids and passages. An index
     * that does not {@link #searchesPassages() search passages} ignores them.
     */
    void put(IndexedArticle article);

    /** Adds or replaces an original article with its embedding (null: none) and the entity ids the filter matches. */
    default void put(Article article, float[] vector, List<String> entities) {
        put(IndexedArticle.of(article, vector, entities));
    }

    /**
     * True when semantic search also matches the query against each article's passages (one article counted once
     * however many of its passages are near), so computing passage embeddings for this index is worth it.
     */
    default boolean searchesPassages() {
        return false;
    }

    /** Removes everything (before a rebuild). */
    void clear();

    /** Articles indexed. */
    int size();

    /** Keyword search, newest-relevant first; empty when the query has no searchable words. */
    Optional<List<SearchHit>> search(String query, int limit);

    /** Hybrid search (keywords fused with the nearest by {@code queryVector} when given), filtered and paged. */
    SearchResults search(String query, float[] queryVector, SearchFilters filters, int limit, int offset);

    /** The ids of the articles nearest {@code vector}, without {@code exclude}. */
    List<String> similar(float[] vector, int limit, Set<String> exclude);

    /** True when any indexed article has an embedding. */
    boolean hasVectors();

    /** Makes everything written durable, recording that it reflects the store's change feed up to {@code watermark}. */
    void commit(long watermark);

    /** The change feed position the index reflects, or -1 when it recorded none (it must be rebuilt). */
    long watermark();

    @Override
    void close();
}
