package org.storyline.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyline.index.SearchHit;
import org.storyline.model.StoredArticle;
import org.storyline.store.ArticleStore;

/**
 * Search hits with republished copies folded into their original, so a search counts each article once: the
 * search page, {@code /api/search} and the search feeds list the same results.
 */
final class FoldedHits {

    /** One result: the article shown (the original when a copy matched), the hit that placed it, matching copies. */
    record Folded(StoredArticle article, SearchHit hit, int copies) {}

    private FoldedHits() {
    }

    /** The hits in rank order, each duplicate group once, at the rank of its best-placed member. */
    static List<Folded> fold(List<SearchHit> hits, ArticleStore store) {
        Map<String, Integer> groupAt = new LinkedHashMap<>();
        List<Folded> out = new ArrayList<>();
        Map<String, StoredArticle> matched = store.articles(hits.stream().map(SearchHit::articleId).toList());
        Map<String, StoredArticle> originals = store.articles(matched.values().stream().filter(StoredArticle::isCopy)
                .map(StoredArticle::duplicateOf).filter(id -> !matched.containsKey(id)).distinct().toList());
        for (SearchHit h : hits) {
            StoredArticle a = matched.get(h.articleId());
            if (a == null) {
                continue;
            }
            String group = a.isCopy() ? a.duplicateOf() : a.id();
            Integer at = groupAt.get(group);
            // The index may have folded the group's other matching copies into the hit already (h.copies()).
            if (at == null) {
                StoredArticle shown = !a.isCopy() ? a
                        : matched.getOrDefault(a.duplicateOf(), originals.getOrDefault(a.duplicateOf(), a));
                groupAt.put(group, out.size());
                out.add(new Folded(shown, h, (shown == a ? 0 : 1) + h.copies()));
            } else if (!a.id().equals(out.get(at).article().id())) {
                Folded first = out.get(at);
                out.set(at, new Folded(first.article(), first.hit(), first.copies() + 1 + h.copies()));
            }
        }
        return out;
    }
}
