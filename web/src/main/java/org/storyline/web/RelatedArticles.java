package org.storyline.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.storyline.embed.SentenceEmbedder;
import org.storyline.index.ArticleIndex;
import org.storyline.model.StoredArticle;
import org.storyline.store.ArticleStore;

/**
 * Articles to read next: the store's (the rest of the story, then those shown beside the article on the same
 * page), then, when fewer than asked, the nearest articles by sentence embedding from other stories. Originals
 * only; the article's own copies are listed apart on its page.
 *
 * <pre>{@code
 * List<StoredArticle> next = new RelatedArticles(store, index).of(article, 8);
 * }</pre>
 */
public final class RelatedArticles {

    private final ArticleStore store;
    private final ArticleIndex index;

    /** @param index null for the store's relations only */
    public RelatedArticles(ArticleStore store, ArticleIndex index) {
        this.store = store;
        this.index = index;
    }

    public List<StoredArticle> of(StoredArticle article, int limit) {
        List<StoredArticle> related = new ArrayList<>(store.relatedTo(article, limit));
        if (related.size() >= limit || index == null) {
            return related;
        }
        String canonical = article.isCopy() ? article.duplicateOf() : article.id();
        var vector = store.vector(canonical).or(() -> store.vector(article.id())).map(SentenceEmbedder::fromBytes);
        if (vector.isEmpty()) {
            return related;
        }
        Set<String> exclude = new HashSet<>(List.of(article.id(), canonical));
        store.copiesOf(article).forEach(c -> exclude.add(c.id()));
        related.forEach(r -> exclude.add(r.id()));
        List<String> similar = index.similar(vector.get(), (limit - related.size()) * 3, exclude);
        java.util.Map<String, StoredArticle> found = store.articles(similar); // one read for all, in rank order below
        for (String id : similar) {
            StoredArticle a = found.get(id);
            if (a != null && !a.isCopy() && !exclude.contains(a.id()) && related.size() < limit) {
                related.add(a);
                exclude.add(a.id());
            }
        }
        return related;
    }
}
