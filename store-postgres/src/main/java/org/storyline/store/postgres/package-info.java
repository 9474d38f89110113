/**
 * The shared store on PostgreSQL 15+: {@link org.storyline.store.postgres.PostgresArticleStore} implements core's
 * {@link org.storyline.store.ArticleStore} for any number of worker, serve and fetch processes on one database.
 * Not API beyond that class and {@link org.storyline.store.postgres.PostgresSettings}.
 *
 * <p>In: what the pipeline writes, in its transactions. Out: the same read models as the embedded store. Core's
 * {@code JdbiArticleStore} holds all the SQL; this package only opens the database, runs the migrations and adds
 * the two things that differ for many writers (the writers' lock, the claim clause).
 *
 * <h2>Schema</h2>
 * The same Flyway migrations as SQLite ({@code classpath:db/migration}), plus one PostgreSQL-specific version
 * where the two cannot share SQL: {@code db/vendor/postgresql/V11__changes.sql} (SQLite's own V11 moved, byte for
 * byte, to core's {@code db/vendor/sqlite}, so existing embedded stores validate as before). It has:
 * <ul>
 *   <li>{@code changes.seq} as an identity column (a sequence), where SQLite says {@code INTEGER PRIMARY KEY
 *       AUTOINCREMENT}, which PostgreSQL refuses and no spelling satisfies both;</li>
 *   <li>{@code articles.seq} from a sequence, set by a trigger (the shared INSERT's {@code MAX(seq) + 1} is
 *       overridden);</li>
 *   <li>{@code instr(text, text)}, SQLite's name for {@code strpos}, which one shared query uses.</li>
 * </ul>
 * Two spellings changed in core's SQL so that both databases run it: SQLite's index-avoiding unary {@code +} on a
 * text column became {@code (col || '')} (PostgreSQL has no unary {@code +} for text).
 *
 * <h2>Concurrent writers</h2>
 * <ul>
 *   <li><b>Write transactions serialise on one transaction-scoped advisory lock</b>, taken first
 *       ({@code JdbiArticleStore.beginWrite}; SQLite gets the same from IMMEDIATE transactions). A sequence hands out numbers at insert, not at commit: without the lock a
 *       follower of the change feed that read up to 11 while 10 was still uncommitted would never see 10
 *       ({@code ConcurrentWritersTest} saw 23 to 29 of 160 changes missed that way), and two pipelines could both
 *       find a document new and both store it. With it, numbers are handed out and become visible in commit order,
 *       each transaction's "already ingested?" check and story decisions see every write committed before it, and
 *       {@code MAX(seq) + 1} cannot collide. What serialises is only the short apply step; reading, extraction,
 *       embedding and entity finding (the pipeline's prepare step, most of the cost) run in parallel on every
 *       worker.</li>
 *   <li><b>Work is claimed with {@code FOR UPDATE SKIP LOCKED}</b>: due sources
 *       ({@code SourceRegistry.claimDue}), a few at a time under a ten-minute lease, so several fetchers share the
 *       sources and a fetcher that dies leaves its claim to expire.</li>
 *   <li><b>Placement keeps publish order across workers</b> ({@code PostgresPlacementPace}, table
 *       {@code placement_pace}, {@code db/vendor/postgresql/V16_1}): each worker's row says the publish time of the
 *       oldest document it holds and has not applied, stamped with the database's clock; before applying, a writer
 *       waits (10 ms looks, at most 30 s) while another worker heard from in the last minute holds an older one.
 *       Stories depend on the order articles are placed in, and without it two workers draining a backlog
 *       interleaved their shares as their speeds allowed (ECB+ and GVC B3/pair-F1 up to 0.011/0.019 from one
 *       process with four workers; with it, within 0.004/0.007 in four runs of 2 and 4 workers). Failure cases:
 *       a worker killed with rows left holds the others up once, for the wait limit, and ages out after a minute;
 *       a worker stalled mid-preparation the same; the oldest holder never waits, so no circle of waits forms; the
 *       database down fails the write as below. It costs throughput only where one worker is much slower than the
 *       rest (then the others go at its pace, up to the limit).</li>
 *   <li><b>Reads take no lock</b> (READ COMMITTED): pages and the API read beside the writers.</li>
 *   <li><b>Migrations</b> from several processes starting at once are serialised by Flyway's own lock.</li>
 * </ul>
 *
 * <h2>Failure cases</h2>
 * <ul>
 *   <li><b>PostgreSQL restarts or crashes during a write</b>: the transaction rolls back whole (the change feed
 *       included) and fails with one clear error, "store: PostgreSQL at URL is unavailable (SQLSTATE 08006: ...);
 *       the transaction rolled back, nothing of it was written"; core's {@code StoreErrors} classes it as the
 *       store's failure, not the document's, so the pipeline's batch stops with it instead of recording the
 *       document as failed, and nothing is acknowledged to a queue. The pool reconnects by itself once the server is
 *       back (a caller waits up to {@code connectionTimeout} for a connection). Running the same input again (or a
 *       queue's redelivery) stores what was missing and finds the rest already stored ({@code PostgresFaultTest}:
 *       nothing lost, nothing doubled, counted against the input and the change feed).</li>
 *   <li><b>PostgreSQL is down when a write starts</b>: the write waits for a connection up to
 *       {@code connectionTimeout} (a minute by default), then fails as above.</li>
 *   <li><b>A worker dies mid-transaction</b>: PostgreSQL rolls it back and releases its lock when the connection
 *       drops.</li>
 *   <li><b>A worker stalls holding the lock</b> (a long pause mid-transaction): the other writers wait; reads and
 *       every worker's prepare step go on. Transactions are short (one batch of at most 64 prepared documents).</li>
 * </ul>
 *
 * <p>Learned from PostgreSQL's documentation on advisory locks and on {@code SKIP LOCKED} for queue-like tables,
 * and from the transactional-outbox pattern's known gap (sequence order is not commit order).
 */
package org.storyline.store.postgres;
