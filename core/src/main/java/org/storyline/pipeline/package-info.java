/**
 * The pipeline: the one place that knows the order of the stages.
 *
 * <p>In: a {@link org.storyline.model.RawDocument} from a source (a page dump, a saved or fetched page, a WARC
 * record) or a {@link org.storyline.pipeline.FeedEntry} from a feed. Then, per document:
 * <ol>
 *   <li><b>prepare</b> ({@code Preparation}, pure, on worker threads, outside any transaction): extract the
 *       articles, guess their language, embed them, find their people, organisations, places and quotes;</li>
 *   <li><b>decide</b> ({@code StoryPlacer}, one thread, input order): combine with the stored article of the same
 *       id, fold into the duplicate group of the article it copies, or place in a story; a
 *       {@code Placement} value, nothing written;</li>
 *   <li><b>apply</b> ({@code Writes}): the placements' writes, the touched stories' rows and name resolution, in
 *       one short transaction (a {@link org.storyline.pipeline.Batch} puts several ready documents in one);</li>
 *   <li><b>index</b>: the stored articles into the search index from the values in hand.</li>
 * </ol>
 * Out: a {@link org.storyline.pipeline.DocumentOutcome} per document. {@link org.storyline.pipeline.Pipeline}
 * runs one document; {@link org.storyline.pipeline.Batch} runs many on both cores with the same result.
 * {@link org.storyline.pipeline.FeedPoller} fetches and parses feeds and hands each item to the pipeline.
 * Stages never touch the store; only this package writes what they return. Callers (the CLI's ingest, the
 * poller) read inputs; they do not order stages.
 *
 * <p>Shape from Miniflux's {@code reader/handler} (one file knows the order) and the decide-then-apply split of
 * event-sourced writers: decisions are values, so a failed write rolls back cleanly and the in-memory indexes are
 * rebuilt from the store.
 *
 * <p><b>Several processes, several machines.</b> Prepare is pure and runs anywhere, in any number of workers.
 * Decide and apply run inside one store write transaction, and a write transaction holds the store's write lock
 * from its start ({@link org.storyline.store.ArticleStore#transaction}: SQLite {@code BEGIN IMMEDIATE}, a server
 * database's lock taken first): the pipeline first takes in, under that lock, what others committed (the change
 * feed after the position its in-memory indexes reflect), then decides, then writes. So every placement sees every
 * placement committed before it, whichever process made it; two related articles placed by two workers at once
 * are placed one after the other, and the second joins the first's story. What serialises is only decide and
 * apply (milliseconds per document); extraction, embedding and entities, most of the cost, run in parallel.
 * Failure cases: a process killed inside the transaction leaves nothing (rollback; the lock goes with its
 * connection) and its document is delivered again (a queue acknowledges only after apply; the content hash makes
 * a second delivery of a stored document a no-op); a rollback rebuilds the in-memory indexes from the store; a
 * merge or split made elsewhere rebuilds the story index on catch-up (costly on a large store: patching it is
 * future work).
 */
package org.storyline.pipeline;
