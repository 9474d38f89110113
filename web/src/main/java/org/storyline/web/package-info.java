/**
 * The web layer: server-rendered pages (jte templates, precompiled at build time), the JSON API with its
 * OpenAPI document ({@link org.storyline.web.ApiRoutes}), and outgoing feeds ({@link org.storyline.web.FeedRoutes},
 * written by {@code org.storyline.web.syndication}). In: a {@link org.storyline.store.ArticleStore}, the search index,
 * and the subscriptions for following feeds. Out: HTML, JSON and feeds over HTTP. Ingesting is the pipeline's
 * job; the web layer writes only what readers do ({@link org.storyline.web.Readers}: accounts, comments,
 * follows) and following or unfollowing sources. API failures map to statuses in
 * {@link org.storyline.web.ApiErrors} alone (and {@link org.storyline.web.JettyErrors} for requests Jetty
 * refuses before the app sees them); page failures in {@link org.storyline.web.WebServer}, and for the readers'
 * pages in {@link org.storyline.web.Renderer}.
 *
 * <p>What a visitor cannot do: make the server follow feeds without a signed-in account of the configured role
 * ({@link org.storyline.web.FollowGuard}), send a body over 64 KiB however it is framed
 * ({@link org.storyline.web.BodyCap}), lock a reader out by guessing ({@link org.storyline.web.SignInThrottle}),
 * or choose the host in the links the site hands out ({@link org.storyline.web.WebSettings#publicUrl()}).
 *
 * <p>The story page is a view model ({@link org.storyline.web.StoryPage}) over the story's coverage
 * ({@link org.storyline.web.StoryCoverage}: originals grouped by kind, copies nested) and the story analysis the
 * store keeps ({@code org.storyline.pipeline.StoryAnalyses}); republished copies are counted once on every page
 * ({@code Store.storyCounts}, {@code FoldedHits} for search); its history ({@link org.storyline.web.StoryHistory})
names a story it took in from what the store kept of it at the merge. Thumbnails go through
 * {@link org.storyline.web.ImageProxy} when the app gives a fetcher for them. Not done here: deciding what a story
 * is, its title or its analysis (the pipeline's and the enrich stages').
 *
 * <p>Search that finds nothing with every word of a plain query of three or more words answers with the articles
 * that have all but one ({@code MostWords}), as Elasticsearch's {@code minimum_should_match: -1} does (its
 * query-DSL documentation, "Minimum should match"), written as a query string so every index reads it alike.
 *
 * <p>Reads per page are batched: a page asks the store once for all the entities, articles or notes it shows, not
 * once per item. Counted with Jdbi's JFR events under LoadBench, the search page's alias widening
 * ({@code AliasExpansion}) ran a third of all the server's statements, one per word run and entity type, before it
 * asked for them together; with 50 closed-loop readers on two cores latency is CPU per request (Little's law), and
 * every SQLite statement cost a prepare as well as its step (sqlite-jdbc caches no prepared statements). The store
 * now keeps each connection's prepared statements ({@code org.storyline.store.StatementCache}): LoadBench 5,000
 * articles, 50 readers, 10 s, same machine and hour, CPU per page (one reader) story 3.77 to 2.07 ms, article 3.70
 * to 2.43, keyword search 5.63 to 3.77, hybrid search 9.73 to 8.60, home 6.23 to 4.70; 450 to 532 requests/s;
 * p99 228-246 to 189-217 ms. The rest of a search page is the query's embedding (about 6 ms) and Lucene.
 */
package org.storyline.web;
