/**
 * Small text primitives shared by the stages: word tokens, normalisation, stable hashing, and the one rule
 * for decoding page bytes ({@link org.storyline.text.PageCharset}) that the fetcher, the saved-page reader,
 * the WARC reader and the benchmarks share. Not API: stages use them, callers outside core should not.
 */
package org.storyline.text;
