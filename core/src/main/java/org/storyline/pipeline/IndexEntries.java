package org.storyline.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.storyline.embed.PassageEmbedder;
import org.storyline.embed.SentenceEmbedder;
import org.storyline.index.IndexedArticle;
import org.storyline.model.Passage;
import org.storyline.model.StoredArticle;
import org.storyline.store.ArticleStore;

/**
 * What the search index holds of stored articles ({@link IndexedArticle}), read from the store: the duplicate
 * group, the embedding, the entity ids and the passages, one query each for a list of articles.
 */
final class IndexEntries {

    private IndexEntries() {
    }

    /** The entries of stored articles; {@code vectors} gives an article's embedding bytes (null: none). */
    static List<IndexedArticle> of(ArticleStore store, List<StoredArticle> articles,
                                   Function<StoredArticle, byte[]> vectors) {
        List<String> ids = articles.stream().map(StoredArticle::id).toList();
        Map<String, List<String>> entities = store.entities().idsOfArticles(ids);
        Map<String, byte[]> passages = store.passages(ids);
        List<IndexedArticle> out = new ArrayList<>(articles.size());
        for (StoredArticle a : articles) {
            byte[] vector = vectors.apply(a);
            byte[] stored = passages.get(a.id());
            List<Passage> own = stored == null ? List.of() : PassageEmbedder.fromBytes(stored);
            out.add(new IndexedArticle(a.article(), a.duplicateOf(), vector == null ? null : SentenceEmbedder.fromBytes(vector),
                    entities.getOrDefault(a.id(), List.of()), own));
        }
        return out;
    }

    /** The entries of the stored articles with these ids (absent ones are left out), embeddings read one by one. */
    static List<IndexedArticle> ofIds(ArticleStore store, List<String> ids) {
        List<StoredArticle> articles = ids.stream().distinct().map(store::article).flatMap(java.util.Optional::stream)
                .toList();
        return of(store, articles, a -> store.vector(a.id()).orElse(null));
    }
}
