package org.storyline.web;

import java.util.function.Function;
import org.storyline.index.ArticleIndex;
import org.storyline.index.SearchResults;

/**
 * Runs a {@link SearchRequest} on the index: the query embedded for the semantic ranking when the index holds
 * embeddings and the mode asks for it. Shared by the search page, the API and the search feeds.
 *
 * <pre>{@code
 * SearchResults page = new ArticleSearch(index, q -> embedder.embed(null, q)).run(request);
 * }</pre>
 */
public final class ArticleSearch {

    private final ArticleIndex index;
    private final Function<String, float[]> embedder;
    private final java.util.function.UnaryOperator<String> widen;

    /** @param embedder a query's unit vector, or null for keyword search only */
    public ArticleSearch(ArticleIndex index, Function<String, float[]> embedder) {
        this(index, embedder, java.util.function.UnaryOperator.identity());
    }

    /**
     * @param widen rewrites the keyword query before it runs (the other spellings of the entities it names); the
     *              semantic ranking embeds the query as typed
     */
    ArticleSearch(ArticleIndex index, Function<String, float[]> embedder, java.util.function.UnaryOperator<String> widen) {
        this.index = index;
        this.embedder = embedder;
        this.widen = widen;
    }

    /**
     * A page of results, and whether they match only most of the query's words.
     *
     * @param results   the page
     * @param mostWords true when no article had every word, and these have all but one
     */
    public record Found(SearchResults results, boolean mostWords) {}

    /** The page of results; an empty request gives an empty page. */
    public SearchResults run(SearchRequest request) {
        return find(request).results();
    }

    /**
     * The page of results. When nothing has every word of a plain query of three or more words ("plane shot down"
     * written by none of the articles about it), the articles with all words but one answer instead, as a reader
     * who paraphrased would want; {@link Found#mostWords} says so.
     */
    public Found find(SearchRequest request) {
        if (request.isEmpty()) {
            return new Found(new SearchResults(java.util.List.of(), false, 0), false);
        }
        boolean words = !request.query().isEmpty();
        boolean semantic = words && embedder != null && request.mode() != SearchRequest.Mode.KEYWORD && index.hasVectors();
        boolean keywordsToo = !(request.mode() == SearchRequest.Mode.SEMANTIC && semantic);
        String keywords = !keywordsToo ? null : words ? widen.apply(request.query()) : request.query();
        float[] vector = semantic ? embedder.apply(request.query()) : null;
        SearchResults all = index.search(keywords, vector, request.filters(), request.limit(), request.offset());
        String most = keywordsToo && all.hits().isEmpty() && request.offset() == 0 ? MostWords.of(request.query()) : null;
        if (most == null) {
            return new Found(all, false);
        }
        SearchResults relaxed = index.search(most, vector, request.filters(), request.limit(), request.offset());
        return new Found(relaxed, !relaxed.hits().isEmpty());
    }
}
