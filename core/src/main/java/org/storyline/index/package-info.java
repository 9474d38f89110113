/**
 * The full-text index: Lucene (BM25, English stemming, phrase queries) over the stored articles. In:
 * articles after the store committed them, each with its duplicate group, embedding, entity ids and passage
 * embeddings ({@link org.storyline.index.IndexedArticle}). Out: ranked article ids with highlighted snippets. The
 * store is the source of truth: the index can always be rebuilt from it, and is when it is missing or out of step.
 * Typed queries reach Lucene through {@link org.storyline.index.UserQuery} (words and phrases only, no regex or
 * wildcard cost) and every search has a deadline.
 *
 * <h2>Passages</h2>
 * An article's single vector (headline and the first 300 characters) misses what later paragraphs say: "plane shot
 * down" found nothing over the demo corpus, whose articles about the Azerbaijani airliner say it in their fourth or
 * tenth paragraph. So each article is a Lucene block (block join): one child document per passage (a few sentences,
 * with its vector and its offsets in the text), then the article. {@link org.apache.lucene.search.join.DiversifyingChildrenFloatKnnVectorQuery}
 * searches the children's HNSW graph keeping the best child per parent while it collects, so k results are k
 * articles however many of their passages are near (Ben Trent's apache/lucene#12434, "Add ParentJoin KNN support";
 * #12510 made it return the nearest child's doc id, which is how a result knows its matching passage and finds its
 * parent through the parents' bit set). Filters on the article are joined down to its passages with
 * {@code ToChildBlockJoinQuery}. The semantic ranking takes each article at the better of its own vector and its
 * best passage, and is fused with BM25 by reciprocal rank as before (not a third ranking: that would weigh the
 * meaning twice against the words). A result found by meaning alone shows its matching passage as the snippet.
 *
 * <h2>Copies</h2>
 * An original and its republished copies are one result: each article document carries its group (the original's
 * id) and the rankings are folded by group before fusion, so the group ranks at its best-placed member, pages never
 * repeat a group and {@code matched} counts groups ({@code DuplicateGroups}: originals counted by the index, copies
 * visited only to find groups whose original does not match). The pipeline puts a group's members again when a copy
 * takes the lead; the store records that on its change feed for other processes.
 *
 * <h2>Snippets</h2>
 * Lucene's unified highlighter reads offsets from the text field's postings and, with weight matches, builds the
 * query's weight again for every document it highlights (a searcher over the document's segment, a rewrite, a term
 * lookup per query term): a search page highlights fifty. {@code OneWeightHighlighter} builds it once per page; the
 * marks are the stock highlighter's, document for document. Measured (thread CPU of {@code search} for a page of
 * 50 over 5,000 synthetic articles, four alternating runs each): keyword 1.32 to 1.13 ms, hybrid 2.03 to 1.89 ms.
 * Tried and dropped: handing the texts the highlighter read to the snippets of results without a keyword match
 * (they read the stored text a second time), no measurable gain (hybrid 1.79 vs 1.75 ms).
 *
 * <p>It does not embed (callers bring vectors: the passage stage in {@code org.storyline.pipeline}), decide
 * what is a copy (the dedup stage does), or read the store.
 */
package org.storyline.index;
