/**
 * The embedded store: SQLite in WAL mode, schema by versioned Flyway migrations, plain SQL through JDBI
 * that also runs on PostgreSQL.
 *
 * <p>In: articles, stories and provenance from {@link org.storyline.pipeline.Pipeline}, always inside one
 * transaction per document, so a crash leaves each document's articles fully stored or absent. Out: the
 * read models the CLI and web pages show. The store decides nothing about articles: merging, duplicate
 * and story decisions are made by the pipeline's stages. Readers' accounts, sessions, comments and follows live
 * beside the articles ({@link org.storyline.store.Accounts}, {@link org.storyline.store.Comments},
 * {@link org.storyline.store.Follows}).
 */
package org.storyline.store;
