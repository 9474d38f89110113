package org.storyline.web;

import java.util.function.Function;
import org.storyline.index.SearchIndex;
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

    private final SearchIndex index;
    private final Function<String, float[]> embedder;
    private final java.util.function.UnaryOperator<String> widen;

    /** @param embedder a query's unit vector, or null for keyword search only */
    public ArticleSearch(SearchIndex index, Function<String, float[]> embedder) {
        this(index, embedder, java.util.function.UnaryOperator.identity());
    }

    /**
     * @param widen rewrites the keyword query before it runs (the other spellings of the entities it names); the
     *              semantic ranking embeds the query as typed
     */
    ArticleSearch(SearchIndex index, Function<String, float[]> embedder, java.util.function.UnaryOperator<String> widen) {
        this.index = index;
        this.embedder = embedder;
        this.widen = widen;
    }

    /** The page of results; an empty request gives an empty page. */
    public SearchResults run(SearchRequest request) {
        if (request.isEmpty()) {
            return new SearchResults(java.util.List.of(), false, 0);
        }
        boolean words = !request.query().isEmpty();
        boolean semantic = words && embedder != null && request.mode() != SearchRequest.Mode.KEYWORD && index.hasVectors();
        String keywords = request.mode() == SearchRequest.Mode.SEMANTIC && semantic ? null
                : words ? widen.apply(request.query()) : request.query();
        float[] vector = semantic ? embedder.apply(request.query()) : null;
        return index.search(keywords, vector, request.filters(), request.limit(), request.offset());
    }
}
