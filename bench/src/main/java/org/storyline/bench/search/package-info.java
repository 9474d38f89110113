/**
 * Search and serving benchmarks on synthetic corpora: {@code SearchBench} (query latency of keyword, semantic,
 * hybrid and filtered search on 100k articles, HNSW against brute force), {@code LoadBench} (page latency
 * under concurrent readers on loopback) and {@code OpenSearchBench} (the OpenSearch index: put throughput, size
 * per article, query latency, against a running node). They report numbers; nothing here runs in the unit tests.
 */
package org.storyline.bench.search;
