/**
 * Where Storyline keeps what it knows: {@link org.storyline.store.ArticleStore}, the seam every store implements
 * (its contract suite, {@code ArticleStoreContract}, is in core's test jar), and the embedded default
 * {@link org.storyline.store.SqliteArticleStore}: SQLite in WAL mode, schema by versioned Flyway migrations. The SQL
 * itself is in {@link org.storyline.store.JdbiArticleStore} and the table classes beside it: plain SQL through JDBI
 * that also runs on PostgreSQL, so a PostgreSQL store only opens its database.
 *
 * <p>In: articles, stories and provenance from {@link org.storyline.pipeline.Pipeline}, always inside one
 * transaction per document (or per batch of documents), so a crash leaves each document's articles fully stored or
 * absent; every write is an entry of the change feed, whose sequence numbers the database allocates. Out: the read
 * models the CLI and web pages show. The store decides nothing about articles: merging, duplicate and story
 * decisions are made by the pipeline's stages, and it depends on {@code org.storyline.model} records only, never on
 * a stage package. Readers' accounts, sessions, comments and follows live beside the articles
 * ({@link org.storyline.store.Accounts}, {@link org.storyline.store.Comments}, {@link org.storyline.store.Follows}).
 *
 * <p>The embedded store keeps each pooled connection's prepared statements ({@code StatementCache}, through JDBI's
 * {@code StatementBuilderFactory}, the seam JDBI offers for it): a page's queries are compiled once per connection,
 * not per request, which took a third to a half off the CPU of story and article pages under LoadBench.
 */
package org.storyline.store;
