/**
 * The application: the {@code storyline} command line and the only place objects are wired together
 * (config → store → pipeline → web server). Commands: {@code ingest}, {@code export}, {@code serve} and the rest
 * listed by {@code storyline --help}. Every message about outside text goes through {@link org.storyline.app.Terminal}
 * (no escape sequence reaches the terminal); a damaged store is recognised in one place
 * ({@link org.storyline.app.StoreDamage}); native libraries are cached in the data folder
 * ({@link org.storyline.app.NativeCache}).
 *
 * <h2>More than one machine</h2>
 * {@link org.storyline.app.Backends} turns the {@code store.*}, {@code index.*} and {@code queue.*} settings into
 * PostgreSQL, OpenSearch and Kafka; {@code storyline worker} runs the pipeline from the queue. The placement design
 * and its failure cases are in {@code org.storyline.pipeline}'s notes, the queue's in {@code org.storyline.queue.kafka},
 * the store's in {@code org.storyline.store.postgres}. {@code ClusterWorkersTest} kills a worker with SIGKILL
 * mid-stream, starts it again, and counts every document stored, indexed and placed once.
 *
 * <h3>Measured per-article costs</h3>
 * {@code ClusterRunBench} on 2026-12-02, ECB+ dev (772 articles) and GVC dev (436), each published to Kafka at once
 * and run by 1, 2 and 4 worker processes (512 MB heap each) on one 2-core machine that four other sessions were
 * loading too (load average 9 to 16 at start; every figure is under that load):
 * <table>
 *   <caption>Distributed against single process</caption>
 *   <tr><th>set</th><th>run</th><th>B3-F1</th><th>pair-F1</th><th>articles/s</th><th>worker CPU ms/article</th>
 *       <th>PostgreSQL B/article</th><th>OpenSearch B/article</th></tr>
 *   <tr><td>ECB+</td><td>one process, SQLite</td><td>0.847</td><td>0.784</td><td>11.7</td><td></td><td></td><td></td></tr>
 *   <tr><td>ECB+</td><td>1 worker</td><td>0.847</td><td>0.784</td><td>9.3</td><td>54</td><td>7,820</td><td>4,410</td></tr>
 *   <tr><td>ECB+</td><td>2 workers</td><td>0.858</td><td>0.796</td><td>6.1</td><td>88</td><td>8,160</td><td>13,070</td></tr>
 *   <tr><td>ECB+</td><td>4 workers</td><td>0.846</td><td>0.785</td><td>4.3</td><td>154</td><td>8,934</td><td>18,569</td></tr>
 *   <tr><td>GVC</td><td>one process, SQLite</td><td>0.940</td><td>0.862</td><td>24.0</td><td></td><td></td><td></td></tr>
 *   <tr><td>GVC</td><td>1 worker</td><td>0.940</td><td>0.862</td><td>6.5</td><td>76</td><td>10,033</td><td>4,346</td></tr>
 *   <tr><td>GVC</td><td>2 workers</td><td>0.940</td><td>0.861</td><td>6.7</td><td>89</td><td>10,221</td><td>7,731</td></tr>
 *   <tr><td>GVC</td><td>4 workers</td><td>0.938</td><td>0.850</td><td>3.6</td><td>177</td><td>10,878</td><td>17,525</td></tr>
 * </table>
 * Again on 2026-12-04, with today's clusterer and the placement pace ({@code PlacementPace}: workers apply in
 * publish order between them), on a machine at load average 9 to 22 (articles/s mean little here):
 * <table>
 *   <caption>Distributed against single process, with the placement pace</caption>
 *   <tr><th>set</th><th>run</th><th>B3-F1</th><th>pair-F1</th><th>Δ against one process</th><th>articles/s</th>
 *       <th>worker CPU ms/article</th><th>PostgreSQL B/article</th><th>OpenSearch B/article</th></tr>
 *   <tr><td>ECB+</td><td>one process, SQLite</td><td>0.891</td><td>0.840</td><td></td><td>20.3</td><td></td><td></td><td></td></tr>
 *   <tr><td>ECB+</td><td>2 workers</td><td>0.894</td><td>0.842</td><td>+0.002 / +0.001</td><td>5.5</td><td>109</td><td>8,860</td><td>12,494</td></tr>
 *   <tr><td>ECB+</td><td>4 workers</td><td>0.895</td><td>0.847</td><td>+0.004 / +0.007</td><td>4.1</td><td>166</td><td>9,560</td><td>19,506</td></tr>
 *   <tr><td>GVC</td><td>one process, SQLite</td><td>0.954</td><td>0.889</td><td></td><td>17.1</td><td></td><td></td><td></td></tr>
 *   <tr><td>GVC</td><td>2 workers</td><td>0.956</td><td>0.892</td><td>+0.002 / +0.003</td><td>4.5</td><td>113</td><td>10,916</td><td>12,935</td></tr>
 *   <tr><td>GVC</td><td>4 workers</td><td>0.954</td><td>0.889</td><td>+0.000 / +0.000</td><td>3.0</td><td>216</td><td>12,306</td><td>21,971</td></tr>
 * </table>
 * With the pace waiting at most 5 s, four workers on GVC had come out at -0.011 / -0.019 (two workers: exactly one
 * process's figures); the limit is 30 s now.
 * On this machine more worker processes do not go faster: two cores are the limit. CPU per article grows with the
 * count most likely because every JVM pays its own warm-up (JIT, the embedding model) on a few hundred articles, and
 * because the time under the placement lock (below) is the part that cannot overlap.
 * OpenSearch's size right after a run with several writers counts small segments not merged yet; with one writer,
 * merged, it is 4.3 to 4.4 KB an article (OpenSearchBench: 4.2 KB). PostgreSQL is tables, indexes and TOAST over
 * the empty schema, without the WAL.
 *
 * <h3>Estimate: 100 million articles, 1,000 articles/s</h3>
 * <ul>
 *   <li><b>Workers.</b> 55 to 75 ms of CPU an article with one warm worker (extraction, the sentence embedding,
 *       entities, placement and writing, client side). 1,000 articles/s is 55 to 75 busy cores; at 60 % use, about
 *       120 cores: 15 machines of 8 cores, one {@code storyline worker --threads 8} each. The topic needs at least as
 *       many partitions as worker processes (12 by default; 32 or more here).</li>
 *   <li><b>PostgreSQL.</b> 8 to 11 KB an article (8 to 11 GB per million): 0.8 to 1.1 TB for 100 million, about 1.5 TB of SSD with the WAL
 *       and room to vacuum; 1,000 articles/s writes 10 MB/s of rows (more with the WAL). One primary;
 *       {@code serve} can read from replicas.</li>
 *   <li><b>OpenSearch.</b> 4.4 KB an article merged (4.4 GB per million): 440 GB of primaries, 880 GB with one replica. The 384-d
 *       vectors alone are 1.5 KB an article (150 GB): k-NN search wants them in the page cache, so the data nodes
 *       together need some 160 GB of memory beyond their heaps (for example 6 nodes of 64 GB), in about 12 primary
 *       shards of 40 GB.</li>
 *   <li><b>The one serial step.</b> Placement and its write run under one PostgreSQL advisory lock, so the cluster
 *       places at most 1 / (time under the lock) documents a second, whatever the worker count. Measured (GVC dev,
 *       one worker, the workers' own stage times): 40.7 ms of wall time per document in the write transaction on
 *       this loaded machine (87 ms with two workers, the wait for the lock included; one process on SQLite spends
 *       8 to 17 ms in the same step, PipelineBench, so PostgreSQL's round trips are most of it), a ceiling of about 25
 *       documents/s here; at a fifth of that on a dedicated machine, still about 125/s. So 1,000 articles/s is not
 *       reached by adding workers: placement has to be split into domains placed independently (one lock, or one
 *       partition of a placement topic, per language or region of the story space), each with its own candidates
 *       and story index. That is the next step of the design and is not built; what scales today is the prepare
 *       step (the CPU above), on any number of workers.</li>
 * </ul>
 */
package org.storyline.app;
