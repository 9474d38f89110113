/**
 * The document queue on Kafka: {@link org.storyline.queue.kafka.KafkaDocumentQueue} implements core's
 * {@link org.storyline.pipeline.DocumentQueue} so that any number of worker processes, on any number of machines,
 * run the pipeline from one topic. Not API beyond that class and its settings.
 *
 * <p>In: {@link org.storyline.source.ReadResult}s from whoever reads inputs (a CLI ingest, the feed poller),
 * published as records keyed by content identity (the content hash; "failed:" and the origin for a read that
 * failed) with a small JSON value ({@code RecordCodec}). Out: deliveries to the pipeline's {@code Batch}, in
 * partition order, and commits of what it acknowledged.
 *
 * <h2>Design</h2>
 * <ul>
 *   <li><b>One consumer group, many workers.</b> Every process that polls joins the group named in the settings and
 *       gets a share of the partitions; a process that only publishes never joins (the consumer starts on the first
 *       poll). The partition count is the most workers that consume at once.</li>
 *   <li><b>Keyed by content.</b> Copies of one document hash to one partition, so they reach one worker in order
 *       and its store check ("already ingested?") sees the first before the second.</li>
 *   <li><b>One thread owns the consumer</b> ({@code ConsumerLoop}): it fetches ahead into a bounded buffer
 *       (pausing the partitions when the buffer is full), turns acknowledgements into commits and answers
 *       rebalances. The pipeline's threads take from the buffer and acknowledge from any thread, so a slow apply
 *       never misses the group's heartbeat or poll deadline.</li>
 *   <li><b>Committed only after apply.</b> Per partition the committed offset is the lowest delivery not yet
 *       acknowledged ({@code PartitionProgress}): a batch acknowledges out of order, and committing past a hole
 *       would lose that document when the worker dies. This is at-least-once delivery.</li>
 *   <li><b>Why redelivery is harmless.</b> A document is recorded as ingested ({@code documents.content_hash},
 *       the primary key) in the same transaction that stores its articles, and the pipeline's write step checks it
 *       inside that transaction ({@code Writes.document}: {@code tx.hasDocument}) as well as before preparing it
 *       ({@code Batch}: {@code pipeline.knows}). A delivery that comes again after its transaction committed is
 *       therefore {@code UNCHANGED}; one whose transaction did not commit is applied now, for the first time.
 *       {@code PipelineOverKafkaTest} checks both by counting the store against the input.</li>
 *   <li><b>Publishing</b> waits for the record on every in-sync replica (acks=all), with an idempotent producer so
 *       a retried send is not written twice; a broker restart makes {@code publish} wait, not fail (up to the
 *       producer's delivery timeout, 2 minutes, then a clear "queue: kafka: could not publish ORIGIN" error). A
 *       document too large for a record (32 MiB, twice the fetcher's cap) is published as a failed read naming its
 *       size, so it is recorded as a problem and not lost silently.</li>
 *   <li><b>Close</b> stops publishing; the consumer then hands out what this process published (it exists, only not
 *       fetched yet) and what it had fetched, waits until all of that is acknowledged, commits and leaves the
 *       group. A process that published nothing (a worker) stops fetching at once.</li>
 * </ul>
 *
 * <h2>Failure cases</h2>
 * <ul>
 *   <li><b>A worker dies</b> (kill -9, power): its uncommitted deliveries, applied or not, go to another member
 *       after the session timeout (10 s by default); applied ones come back as {@code UNCHANGED}.
 *       {@code WorkerKillTest} kills a worker process with SIGKILL mid-stream (in two runs it had stored 15 and 18
 *       of 60 documents; the survivor was handed 55 and 50, 10 and 8 of them already applied and so
 *       {@code UNCHANGED}) and counts 60 documents, 60 articles and 60 article entries in the change feed.</li>
 *   <li><b>A worker dies between its store commit and its offset commit</b>: the same; this is the case the
 *       store's content-hash check exists for.</li>
 *   <li><b>The broker restarts</b>: fetching pauses, a commit that fails is deferred and retried with the offsets
 *       it had (nothing is dropped from the commit state), publishing waits. Nothing is lost; at most the
 *       deliveries acknowledged since the last successful commit come again ({@code UNCHANGED}).</li>
 *   <li><b>A rebalance</b> (a worker joins or leaves): the leaving member commits what was acknowledged and drops
 *       what it had buffered but not handed out; handed-out deliveries it applies later are applied (their commits
 *       are lost with the partition), so the new owner gets them again and finds them stored.</li>
 *   <li><b>A stalled worker</b> (a long GC pause past the session timeout) whose partition moved on may apply a
 *       document while the new owner applies the same one. On SQLite one writer at a time, and on the shared
 *       PostgreSQL store the writers' lock, makes the second transaction run after the first and find the
 *       document stored ({@code UNCHANGED}); the {@code documents} primary key backs that up.</li>
 *   <li><b>A record that does not decode</b> (written by another program, a newer version): delivered as a
 *       failed read naming {@code kafka:topic/partition@offset}, recorded as a problem, acknowledged; the queue
 *       moves on.</li>
 *   <li><b>The pipeline stops acknowledging after close</b> (its writer failed): after the grace period the
 *       consumer commits what was acknowledged and leaves; the rest is delivered again to the next worker.</li>
 * </ul>
 *
 * <p>Order: deliveries come in publish order within a partition (core's contract test runs on one partition), and
 * across the partitions a process holds, oldest published first among what it has fetched, each partition fetched
 * evenly ({@code PublishOrderBuffer}; {@code BacklogOrderTest}). Story placement depends on the order articles
 * are placed in, and the consumer drains a fetch one partition after another: a worker given a backlog applied
 * one partition's share of every date before the next one's. {@code ClusterRunBench --replay} showed it: one
 * process fed the labelled sets in the order two workers had applied them scored exactly what the workers did
 * (ECB+ B3-F1 0.866 and pair-F1 0.806 against 0.847 and 0.784 in date order), so the gap was the order, not
 * placement across processes. Across workers, publish order is kept by core's {@code PlacementPace}: each worker
 * says what it holds (the record timestamps this queue hands out with each delivery, {@code Delivery.publishedAt},
 * and {@link org.storyline.queue.kafka.KafkaDocumentQueue#oldestWaiting} for what it fetched and has not handed
 * out), and a writer waits while another worker holds an older document. With it, ClusterRunBench's 2- and
 * 4-worker runs scored within 0.004 (B3-F1) and 0.007 (pair-F1) of one process on both labelled sets.
 * Learned from Kafka's own consumer documentation (manual offset control, "the committed offset should be the
 * offset of the next message your application will consume") and its rebalance-listener examples.
 */
package org.storyline.queue.kafka;
