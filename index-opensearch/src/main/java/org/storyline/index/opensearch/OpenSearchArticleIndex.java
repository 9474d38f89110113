package org.storyline.index.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.storyline.embed.SentenceEmbedder;
import org.storyline.index.ArticleIndex;
import org.storyline.index.IndexedArticle;
import org.storyline.index.RankFusion;
import org.storyline.index.SearchFilters;
import org.storyline.index.SearchHit;
import org.storyline.index.SearchResults;
import org.storyline.index.UserQuery;
import org.storyline.model.Article;

/**
 * The articles' search index in an OpenSearch cluster: the {@link ArticleIndex} that several workers and web
 * servers on several machines share. BM25 with the embedded index's English analysis and query reading
 * ({@link KeywordQuery}), Lucene HNSW vectors through OpenSearch's k-NN plugin, the same filters, and the same
 * reciprocal-rank fusion ({@link RankFusion}) done here, on the client, over the two rankings.
 *
 * <pre>{@code
 * try (ArticleIndex index = OpenSearchArticleIndex.open(OpenSearchConfig.of(URI.create("http://127.0.0.1:9200"), "storyline"))) {
 *     index.put(article, vector, entityIds);
 *     index.commit(seq);                       // durable, searchable, watermark recorded
 *     SearchResults page = index.search("sputnik raid", queryVector, SearchFilters.NONE, 20, 0);
 * }
 * }</pre>
 *
 * <p>Puts are sent in bulk ({@link BulkWriter}) at {@link #commit(long)}, before any read of this instance, and
 * every {@value BulkWriter#MAX_DOCS} articles; as with the embedded index, what was put is durable only after
 * {@code commit} (or {@code close}). The watermark is a document of {@code <index>-state}, written after the
 * articles it covers are acknowledged. While the cluster is unreachable each operation is retried for
 * {@link OpenSearchConfig#retryFor()}, then fails with the writes still waiting, so a later commit sends them.
 */
public final class OpenSearchArticleIndex implements ArticleIndex {

    private static final String STATE_DOC = "watermark";

    private final OpenSearchConfig config;
    private final OpenSearchHttp http;
    private final BulkWriter writes;
    private final OpenSearchSearch searches;
    /** Set by writes sent since the last refresh; a read of this instance refreshes first (read-your-writes). */
    private final AtomicBoolean unrefreshed = new AtomicBoolean();
    /** The embeddings' length once the vector field exists (0 before: it is mapped with the first embedding). */
    private volatile int dimension;

    private OpenSearchArticleIndex(OpenSearchConfig config, OpenSearchHttp http) {
        this.config = config;
        this.http = http;
        this.writes = new BulkWriter(http, config.index(), config.retryFor());
        this.searches = new OpenSearchSearch(http, config.index());
    }

    /**
     * The index, created when the cluster has none of this name; one Storyline wrote with another schema is
     * dropped (it opens empty, without a watermark, and the caller rebuilds it from the store); an index of that
     * name that Storyline did not write is an error.
     */
    public static OpenSearchArticleIndex open(OpenSearchConfig config) {
        OpenSearchHttp http = new OpenSearchHttp(config.endpoint(), config.retryFor());
        try {
            OpenSearchArticleIndex index = new OpenSearchArticleIndex(config, http);
            index.prepare();
            return index;
        } catch (RuntimeException e) {
            http.close();
            throw e;
        }
    }

    private void prepare() {
        OpenSearchHttp.Reply mapping = http.get("/" + config.index() + "/_mapping");
        String schema = mapping.json().path(config.index()).path("mappings").path("_meta").path("schema").asText(null);
        if (mapping.ok() && schema == null) {
            // Someone else's index of that name: never drop what Storyline did not write.
            throw new IllegalStateException("index: the cluster has an index named " + config.index()
                    + " that Storyline did not create (its mapping has no _meta.schema); name another index");
        }
        if (mapping.ok() && !ArticleMapping.SCHEMA.equals(schema)) {
            OpenSearchHttp.expectOk(http.delete("/" + config.index()), "dropping an index of schema " + schema);
            forgetWatermark();
        } else if (!mapping.ok() && mapping.status() != 404) {
            OpenSearchHttp.expectOk(mapping, "reading the mapping");
        }
        create(config.index(), ArticleMapping.index(config));
        ObjectNode state = OpenSearchHttp.JSON.createObjectNode();
        state.putObject("settings").putObject("index").put("number_of_shards", 1)
                .put("number_of_replicas", config.replicas());
        state.putObject("mappings").putObject("properties").putObject("watermark").put("type", "long");
        create(config.stateIndex(), state);
        dimension = mappedDimension();
    }

    /** Creates an index unless it exists (another worker may create it at the same moment). */
    private void create(String name, ObjectNode body) {
        OpenSearchHttp.Reply reply = http.put("/" + name, body);
        if (!reply.ok() && !reply.json().path("error").path("type").asText().equals("resource_already_exists_exception")) {
            OpenSearchHttp.expectOk(reply, "creating index " + name);
        }
    }

    /**
     * Puts the article with its embedding and entity ids. Its passages are not indexed ({@link #searchesPassages()}
     * is false) and its duplicate group is not either: results fold copies into their original one page at a time,
     * in the web's {@code FoldedHits}, and counts include copies.
     */
    @Override
    public void put(IndexedArticle indexed) {
        put(indexed.article(), indexed.vector(), indexed.entities());
    }

    @Override
    public void put(Article article, float[] vector, List<String> entities) {
        float[] unit = vector == null || isZero(vector) ? null : SentenceEmbedder.unit(vector);
        if (unit != null) {
            mapVector(unit.length);
        }
        writes.put(article.id(), ArticleMapping.document(article, unit, entities));
    }

    /** Maps the vector field with the first embedding's length; an embedding of another length is a bug. */
    private synchronized void mapVector(int length) {
        if (dimension == 0) {
            dimension = mappedDimension();
        }
        if (dimension == 0) {
            OpenSearchHttp.expectOk(http.put("/" + config.index() + "/_mapping", ArticleMapping.vectorField(length)),
                    "mapping the vector field");
            dimension = length;
        } else if (dimension != length) {
            throw new IllegalArgumentException("index: an embedding of " + length + " dimensions, the index holds "
                    + dimension);
        }
    }

    private int mappedDimension() {
        JsonNode field = OpenSearchHttp.expectOk(http.get("/" + config.index() + "/_mapping/field/" + ArticleMapping.VECTOR),
                "reading the vector field").path(config.index()).path("mappings").path(ArticleMapping.VECTOR);
        return field.path("mapping").path(ArticleMapping.VECTOR).path("dimension").asInt(0);
    }

    @Override
    public void clear() {
        writes.discard();
        OpenSearchHttp.Reply dropped = http.delete("/" + config.index());
        if (!dropped.ok() && dropped.status() != 404) {
            OpenSearchHttp.expectOk(dropped, "clearing the index");
        }
        forgetWatermark();
        create(config.index(), ArticleMapping.index(config));
        dimension = 0;
        unrefreshed.set(false);
    }

    @Override
    public int size() {
        readable();
        JsonNode count = OpenSearchHttp.expectOk(http.get("/" + config.index() + "/_count"), "counting");
        return count.path("count").asInt();
    }

    @Override
    public Optional<List<SearchHit>> search(String query, int limit) {
        if (!UserQuery.hasWords(UserQuery.clean(query))) {
            return Optional.of(List.of());
        }
        if (KeywordQuery.of(query) == null) {
            return Optional.empty();
        }
        return Optional.of(search(query, null, SearchFilters.NONE, limit, 0).hits());
    }

    @Override
    public SearchResults search(String query, float[] queryVector, SearchFilters filters, int limit, int offset) {
        ArrayNode filter = ArticleMapping.filter(filters);
        KeywordQuery keywords = query == null || query.isBlank() ? null : KeywordQuery.of(query);
        int depth = Math.max(OpenSearchSearch.DEPTH, offset + limit + 1);
        readable();
        if (keywords == null && queryVector == null) {
            return searches.newest(filter, limit, offset);
        }
        List<List<String>> rankings = new ArrayList<>();
        long matched = 0;
        if (keywords != null) {
            OpenSearchSearch.Ranking ranking = searches.keywords(keywords, filter, depth);
            rankings.add(ranking.ids());
            matched = ranking.total();
        }
        if (queryVector != null && queryVector.length == dimension()) {
            List<String> near = searches.neighbours(SentenceEmbedder.unit(queryVector), depth, filter);
            matched += near.stream().filter(id -> rankings.isEmpty() || !rankings.get(0).contains(id)).count();
            rankings.add(near);
        }
        List<RankFusion.Fused> fused = RankFusion.fuse(rankings);
        List<RankFusion.Fused> page = fused.subList(Math.min(offset, fused.size()), Math.min(offset + limit, fused.size()));
        return new SearchResults(searches.hits(page, keywords), fused.size() > offset + limit, matched);
    }

    @Override
    public List<String> similar(float[] vector, int limit, Set<String> exclude) {
        readable();
        if (vector.length != dimension()) {
            return List.of(); // no embeddings, or another model's
        }
        // Unfiltered, with room for the excluded, as the embedded index asks (an exclusion filter that keeps
        // nearly everything makes Lucene scan every vector exactly).
        return searches.neighbours(SentenceEmbedder.unit(vector), limit + exclude.size(), OpenSearchHttp.JSON.createArrayNode())
                .stream().filter(id -> !exclude.contains(id)).limit(limit).toList();
    }

    @Override
    public boolean hasVectors() {
        readable();
        if (dimension() == 0) {
            return false;
        }
        ObjectNode exists = OpenSearchHttp.JSON.createObjectNode();
        exists.putObject("query").putObject("exists").put("field", ArticleMapping.VECTOR);
        return OpenSearchHttp.expectOk(http.post("/" + config.index() + "/_count", exists), "counting vectors")
                .path("count").asLong() > 0;
    }

    /**
     * Sends what waits, makes it searchable, then records {@code watermark}: the watermark never runs ahead of
     * the articles it covers (a crash between the two leaves the older one, and the follower puts those articles
     * again, onto the same documents).
     */
    @Override
    public void commit(long watermark) {
        readable();
        ObjectNode state = OpenSearchHttp.JSON.createObjectNode().put("watermark", watermark);
        OpenSearchHttp.expectOk(http.put("/" + config.stateIndex() + "/_doc/" + STATE_DOC, state), "recording the watermark");
    }

    @Override
    public long watermark() {
        OpenSearchHttp.Reply reply = http.get("/" + config.stateIndex() + "/_doc/" + STATE_DOC);
        if (reply.status() == 404) {
            return -1;
        }
        return OpenSearchHttp.expectOk(reply, "reading the watermark").path("_source").path("watermark").asLong(-1);
    }

    /** Sends the waiting writes and refreshes, so this instance reads what it wrote. */
    private void readable() {
        if (writes.pending()) {
            writes.flush();
            unrefreshed.set(true);
        }
        if (unrefreshed.getAndSet(false)) {
            try {
                OpenSearchHttp.expectOk(http.post("/" + config.index() + "/_refresh", "{}"), "refresh");
            } catch (RuntimeException e) {
                unrefreshed.set(true);
                throw e;
            }
        }
    }

    private int dimension() {
        if (dimension == 0) {
            dimension = mappedDimension(); // another worker may have mapped it
        }
        return dimension;
    }

    private void forgetWatermark() {
        OpenSearchHttp.Reply reply = http.delete("/" + config.stateIndex() + "/_doc/" + STATE_DOC);
        if (!reply.ok() && reply.status() != 404) {
            OpenSearchHttp.expectOk(reply, "forgetting the watermark");
        }
    }

    private static boolean isZero(float[] v) {
        for (float x : v) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }

    /** Sends what waits (so a put is durable after close, as with the embedded index) and lets go of the client. */
    @Override
    public void close() {
        try {
            writes.flush();
        } finally {
            http.close();
        }
    }
}
