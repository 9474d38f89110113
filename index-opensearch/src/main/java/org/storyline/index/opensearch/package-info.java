/**
 * The articles' search index in an OpenSearch cluster: the {@link org.storyline.index.ArticleIndex} for more than
 * one machine. In: articles with their embeddings and entity ids, after the store committed them (the pipeline's
 * apply step or the change-feed follower puts them), and searches from the web. Out: ranked article ids with
 * highlighted snippets, nearest articles by embedding, and the change-feed watermark the index reflects. It does
 * not read the store, decide anything about stories, or embed text: the caller brings vectors.
 *
 * <h2>Design</h2>
 * <ul>
 * <li><b>One implementation of the seam, over plain HTTP.</b> {@link org.storyline.index.opensearch.OpenSearchArticleIndex}
 *   speaks OpenSearch's REST API with the JDK's HTTP client and Jackson (no OpenSearch client jars: nothing on the
 *   application's classpath has to match the cluster's version). It passes core's {@code ArticleIndexContract},
 *   the suite the embedded Lucene index passes, against a real node.</li>
 * <li><b>The same search as the embedded index.</b> Analysis is OpenSearch's {@code english} analyser, which is
 *   Lucene's {@code EnglishAnalyzer} (a test holds them to the same tokens). The typed query is read by the same
 *   code path ({@code UserQuery}, then Lucene's classic multi-field parser, title boosted 2, AND) and the parsed
 *   tree is sent as bool/term/match_phrase DSL ({@link org.storyline.index.opensearch.KeywordQuery}), so on one
 *   shard the BM25 scores equal the embedded index's. {@code OpenSearchParityTest} holds the two to the same
 *   ids, order, counts and snippets on 104 real articles. Vectors are a {@code knn_vector} field on the k-NN plugin's
 *   {@code lucene} engine (Lucene's HNSW, M 16, beam 100, cosine), which needs none of the plugin's native
 *   libraries. Filters are keyword terms and a range on the publication second, keyed by
 *   {@code SearchFilters.key} as the embedded index keys them. Snippets are written by the embedded index's own
 *   highlighter over the page's texts ({@link org.storyline.index.opensearch.SnippetWriter}): OpenSearch's trims
 *   passages, marks phrases word by word and breaks ties otherwise. Hybrid search asks OpenSearch for the two
 *   rankings (BM25 with the filters; k-NN with the filters applied inside the graph search) and fuses them here
 *   with core's {@code RankFusion}, so fusion is one piece of code for both indexes (OpenSearch's own hybrid query
 *   needs the neural-search plugin and a search pipeline, and normalises scores instead of ranks).</li>
 * <li><b>Writes are idempotent by article id.</b> Each put is "index this document under the article's id",
 *   gathered into {@code _bulk} requests; a retried bulk, a put repeated after a crash, or two workers putting the
 *   same article leave one document. What OpenSearch acknowledged is in its translog (fsync per request, its
 *   default), so it is durable.</li>
 * <li><b>The watermark lives in the cluster</b>, as the document {@code watermark} of the index
 *   {@code <index>-state}, written by {@code commit(seq)} only after the articles before it were acknowledged and
 *   refreshed. The order makes every failure safe: a crash before the watermark write leaves the old one, and the
 *   follower puts the same articles again onto the same documents.</li>
 * <li><b>Unavailability is waited out, then reported.</b> A refused connection, a timeout, 429 or 502-504 is
 *   retried with backoff for {@code retryFor} (2 minutes by default: a node restart); then the operation throws
 *   with the writes still buffered, and the next commit sends them. Nothing is lost in the client, nothing doubles
 *   in the index. The outage test kills the node with SIGKILL mid-way and checks exactly that.</li>
 * <li><b>Size.</b> The vector is kept once, in Lucene's vector format, and derived back into {@code _source} when
 *   read (the k-NN plugin's derived source): about 4.2 KB an article on disk with a 384-d embedding and a
 *   250-word text (OpenSearchBench, 10,000 synthetic articles, primary shards), beside 3.9 KB in the embedded
 *   index.</li>
 * <li><b>Schema.</b> The mapping carries {@code _meta.schema}; an index of another schema is dropped at open and
 *   the watermark forgotten, so the caller rebuilds from the store, as with the embedded index. An index of the
 *   name without {@code _meta.schema} is not Storyline's: opening fails and leaves it alone.</li>
 * </ul>
 *
 * <h2>Failure cases and limits</h2>
 * <ul>
 * <li>Several shards: BM25 statistics are per shard, so rankings drift slightly from the embedded index's
 *   (OpenSearch's {@code dfs_query_then_fetch} would fix that at the cost of a round trip); k-NN asks each shard
 *   for k and merges.</li>
 * <li>The newest-first listing pages with from/size, so it stops at OpenSearch's {@code max_result_window}
 *   (10,000 hits deep); the search pages of the web never go that deep.</li>
 * <li>One watermark per index: it suits one follower per index (the serve process, or a dedicated indexer).
 *   Workers that index in their apply step write the same documents and may leave the watermark behind, which
 *   only makes a follower re-put articles.</li>
 * <li>{@code clear()} drops and recreates the index; searches of other processes meanwhile see it empty.</li>
 * <li><b>No passage vectors.</b> The embedded index keeps each article's passage embeddings as block-join children
 *   and searches them one best passage per article (Lucene's {@code DiversifyingChildrenFloatKnnVectorQuery}). The
 *   OpenSearch equivalent is a {@code nested} field of {@code knn_vector} passages with a k-NN query on it, which
 *   keeps only the nearest passage of each document (OpenSearch's "k-NN search with nested fields", on the lucene
 *   engine through the same Lucene query since k-NN 2.12, opensearch-project/k-NN#1182). It is not built yet:
 *   this index reports {@code searchesPassages() == false}, ignores the passages it is given, and the
 *   application then does not run the passage stage at all, so semantic search here matches headline and lead
 *   only and misses paraphrases of later passages.</li>
 * <li><b>Copies are not folded in the index.</b> The embedded index keeps each article's duplicate group and
 *   counts a group once; this one does not (a {@code collapse} on a group keyword and a {@code cardinality}
 *   count would), so its {@code matched} counts a republished copy as a second match, and the web folds copies
 *   into their original within a page only.</li>
 * </ul>
 */
package org.storyline.index.opensearch;
