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

    /** Adds or replaces an article with its embedding (null: none) and the entity ids the entity filter matches. */
    void put(Article article, float[] vector, List<String> entities);

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
