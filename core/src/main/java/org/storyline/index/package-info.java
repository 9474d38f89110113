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
 * <p>It does not embed (callers bring vectors: the passage stage in {@code org.storyline.pipeline}), decide
 * what is a copy (the dedup stage does), or read the store.
 */
package org.storyline.index;
