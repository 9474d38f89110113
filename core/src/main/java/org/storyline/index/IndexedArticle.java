package org.storyline.index;

import java.util.List;
import org.storyline.model.Article;
import org.storyline.model.Passage;

/**
 * What the index holds of one article: the article, the duplicate group it belongs to, its embedding, the entity ids
 * the entity filter matches, and its passages' embeddings.
 *
 * <pre>{@code
 * new IndexedArticle(copy, "wire-original-id", vector, List.of("person:jane roe"), List.of())
 * }</pre>
 *
 * @param article     the article
 * @param duplicateOf the id of the original it is a republished copy of, or null when it is an original: search
 *                    counts an original and its copies as one result
 * @param vector      the embedding of its headline and lead, or null
 * @param entities    entity ids
 * @param passages    its passages with their embeddings; empty until the passage stage has reached it
 */
public record IndexedArticle(Article article, String duplicateOf, float[] vector, List<String> entities,
                             List<Passage> passages) {

    public IndexedArticle {
        entities = List.copyOf(entities);
        passages = List.copyOf(passages);
    }

    /** An original with neither passages nor a duplicate group. */
    public static IndexedArticle of(Article article, float[] vector, List<String> entities) {
        return new IndexedArticle(article, null, vector, entities, List.of());
    }

    /** The id of the duplicate group: the original's. */
    public String group() {
        return duplicateOf == null ? article.id() : duplicateOf;
    }
}
