package org.storyline.index.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storyline.index.RankFusion;
import org.storyline.index.SearchHit;
import org.storyline.index.LuceneArticleIndex;
import org.storyline.index.SearchResults;

/**
 * The read side: the requests behind a search and what their answers mean. Each ranking is one {@code _search}
 * (keywords: BM25 with the filters; neighbours: k-NN with the filters inside the graph search, so a narrow filter
 * still yields k results); the page's texts, for its snippets, are one more, for the page's ids only.
 */
final class OpenSearchSearch {

    /** Candidates taken from each ranking before fusion (at least), as the embedded index takes. */
    static final int DEPTH = 60;
    /** The longest one search may collect for; OpenSearch answers with what it found by then. */
    private static final String DEADLINE = "2s";
    private static final int SNIPPET_FALLBACK_CHARS = 240;

    private final OpenSearchHttp http;
    private final String index;

    OpenSearchSearch(OpenSearchHttp http, String index) {
        this.http = http;
        this.index = index;
    }

    /** Ids matching {@code keywords} within {@code filter}, best first, and how many matched in all. */
    record Ranking(List<String> ids, long total) {}

    Ranking keywords(KeywordQuery keywords, ArrayNode filter, int depth) {
        ObjectNode body = body(depth);
        body.put("track_total_hits", true);
        ObjectNode bool = body.putObject("query").putObject("bool");
        bool.putArray("must").add(keywords.dsl());
        bool.set("filter", filter);
        JsonNode hits = search(body, "keyword search").path("hits");
        return new Ranking(ids(hits, 0), hits.path("total").path("value").asLong());
    }

    /**
     * The ids nearest {@code unitVector} within {@code filter} with cosine at least {@link LuceneArticleIndex#MIN_COSINE},
     * nearest first. Scores of the cosine space are (1 + cosine) / 2.
     */
    List<String> neighbours(float[] unitVector, int k, ArrayNode filter) {
        ObjectNode body = body(k);
        ObjectNode knn = body.putObject("query").putObject("knn").putObject(ArticleMapping.VECTOR);
        ArrayNode vector = knn.putArray("vector");
        for (float x : unitVector) {
            vector.add(x);
        }
        knn.put("k", k);
        if (!filter.isEmpty()) {
            knn.putObject("filter").putObject("bool").set("filter", filter);
        }
        return ids(search(body, "nearest search").path("hits"), (1 + LuceneArticleIndex.MIN_COSINE) / 2);
    }

    /** The filtered articles newest first (no query, no vector), as the embedded index lists them. */
    SearchResults newest(ArrayNode filter, int limit, int offset) {
        ObjectNode body = body(limit + 1);
        body.put("from", offset).put("track_total_hits", true);
        body.putArray("_source").add(ArticleMapping.TEXT);
        body.putArray("sort").addObject().putObject(ArticleMapping.PUBLISHED).put("order", "desc");
        if (filter.isEmpty()) {
            body.putObject("query").putObject("match_all");
        } else {
            body.putObject("query").putObject("bool").set("filter", filter);
        }
        JsonNode hits = search(body, "newest listing").path("hits");
        List<SearchHit> page = new ArrayList<>();
        for (JsonNode hit : hits.path("hits")) {
            if (page.size() < limit) {
                page.add(new SearchHit(hit.path("_id").asText(), 0, lead(hit.path("_source").path(ArticleMapping.TEXT).asText())));
            }
        }
        return new SearchResults(page, hits.path("hits").size() > limit, hits.path("total").path("value").asLong());
    }

    /**
     * The hits of a fused page: each with its fused score and a snippet, the passages of its text that match
     * {@code keywords} (two at most, matches between the markers; {@link SnippetWriter}), else the start of its
     * text.
     */
    List<SearchHit> hits(List<RankFusion.Fused> page, KeywordQuery keywords) {
        if (page.isEmpty()) {
            return List.of();
        }
        ObjectNode body = body(page.size());
        body.putArray("_source").add(ArticleMapping.TITLE).add(ArticleMapping.TEXT);
        ArrayNode ids = body.putObject("query").putObject("ids").putArray("values");
        page.forEach(f -> ids.add(f.id()));
        Map<String, SnippetWriter.Page> found = new HashMap<>();
        for (JsonNode hit : search(body, "page texts").path("hits").path("hits")) {
            JsonNode source = hit.path("_source");
            found.put(hit.path("_id").asText(), new SnippetWriter.Page(source.path(ArticleMapping.TITLE).asText(),
                    source.path(ArticleMapping.TEXT).asText()));
        }
        List<SnippetWriter.Page> pages = page.stream()
                .map(f -> found.getOrDefault(f.id(), new SnippetWriter.Page("", ""))).toList();
        String[] snippets = keywords == null ? new String[pages.size()]
                : SnippetWriter.highlight(keywords.lucene(), pages);
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            String snippet = snippets[i] == null || snippets[i].isEmpty() ? lead(pages.get(i).text()) : snippets[i];
            hits.add(new SearchHit(page.get(i).id(), (float) page.get(i).score(), snippet));
        }
        return hits;
    }

    private static ObjectNode body(int size) {
        ObjectNode body = OpenSearchHttp.JSON.createObjectNode();
        body.put("size", size).put("timeout", DEADLINE).put("_source", false);
        return body;
    }

    private JsonNode search(ObjectNode body, String what) {
        return OpenSearchHttp.expectOk(http.post("/" + index + "/_search", body), what);
    }

    private static List<String> ids(JsonNode hits, double minScore) {
        List<String> ids = new ArrayList<>();
        for (JsonNode hit : hits.path("hits")) {
            if (hit.path("_score").asDouble() >= minScore) {
                ids.add(hit.path("_id").asText());
            }
        }
        return ids;
    }

    /** The start of a text for a hit without a matching passage: the embedded index's rule. */
    static String lead(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= SNIPPET_FALLBACK_CHARS) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', SNIPPET_FALLBACK_CHARS);
        return flat.substring(0, cut > SNIPPET_FALLBACK_CHARS / 2 ? cut : SNIPPET_FALLBACK_CHARS) + " …";
    }
}
