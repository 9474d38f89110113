/**
 * The full-text index: Lucene (BM25, English stemming, phrase queries) over the stored articles. In:
 * articles after the store committed them. Out: ranked article ids with highlighted snippets. The store is
 * the source of truth: the index can always be rebuilt from it, and is when it is missing or out of step.
 * Typed queries reach Lucene through {@link org.storyline.index.UserQuery} (words and phrases only, no regex or
 * wildcard cost) and every search has a deadline.
 */
package org.storyline.index;
