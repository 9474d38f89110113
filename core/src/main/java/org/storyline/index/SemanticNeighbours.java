package org.storyline.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.DiversifyingChildrenFloatKnnVectorQuery;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.search.join.ToChildBlockJoinQuery;
import org.apache.lucene.util.BitSet;

/**
 * The semantic side of a search: the articles nearest a query vector, each once, by the better of its headline-and-
 * lead embedding and its nearest passage. Passages are children of their article (see {@link IndexFields}), searched
 * with Lucene's {@link DiversifyingChildrenFloatKnnVectorQuery}, which keeps the best passage per parent while it
 * walks the HNSW graph, so k results are k articles, not k passages of a few long articles.
 *
 * <p>Filters (outlet, dates, …) are fields of the article: for passages they are joined down to the children
 * ({@link ToChildBlockJoinQuery}) and applied inside the graph search, as for the article vectors.
 */
final class SemanticNeighbours {

    /** An article near the query: its parent document, the cosine, and the passage that was nearest (or -1, -1). */
    record Near(String id, int doc, float cosine, int passageStart, int passageEnd) {

        boolean byPassage() {
            return passageStart >= 0;
        }
    }

    /** The parents of the blocks; cached per segment by Lucene's producer. */
    static final BitSetProducer PARENTS = new QueryBitSetProducer(IndexFields.ARTICLES);

    private SemanticNeighbours() {
    }

    /**
     * Up to {@code k} articles nearest {@code unit} with a cosine of at least {@code minCosine}, nearest first;
     * {@code filter} (null: none) narrows the articles.
     */
    static List<Near> nearest(IndexSearcher searcher, float[] unit, int k, Query filter, float minCosine)
            throws IOException {
        Map<String, Near> best = new LinkedHashMap<>();
        if (dimension(searcher, IndexFields.VECTOR) == unit.length) {
            for (ScoreDoc d : searcher.search(new KnnFloatVectorQuery(IndexFields.VECTOR, unit, k, filter), k).scoreDocs) {
                keep(best, new Near(LuceneArticleIndex.idOf(searcher, d.doc), d.doc, cosine(d.score), -1, -1));
            }
        }
        if (dimension(searcher, IndexFields.PASSAGE_VECTOR) == unit.length) {
            Query children = filter == null ? null : new ToChildBlockJoinQuery(new BooleanQuery.Builder()
                    .add(filter, BooleanClause.Occur.FILTER).add(IndexFields.ARTICLES, BooleanClause.Occur.FILTER)
                    .build(), PARENTS);
            Query passages = new DiversifyingChildrenFloatKnnVectorQuery(IndexFields.PASSAGE_VECTOR, unit, children, k,
                    PARENTS);
            for (ScoreDoc d : searcher.search(passages, k).scoreDocs) {
                keep(best, passage(searcher, d));
            }
        }
        List<Near> kept = new ArrayList<>();
        for (Near n : best.values()) {
            if (n.cosine() >= minCosine) {
                kept.add(n);
            }
        }
        kept.sort(Comparator.comparingDouble(Near::cosine).reversed());
        return kept.size() > k ? kept.subList(0, k) : kept;
    }

    /** True when some article has passages indexed. */
    static boolean hasPassages(IndexSearcher searcher) {
        return dimension(searcher, IndexFields.PASSAGE_VECTOR) > 0;
    }

    /** The length of the vectors indexed in {@code field}, 0 when there are none. */
    static int dimension(IndexSearcher searcher, String field) {
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            var info = leaf.reader().getFieldInfos().fieldInfo(field);
            if (info != null && info.getVectorDimension() > 0) {
                return info.getVectorDimension();
            }
        }
        return 0;
    }

    private static Near passage(IndexSearcher searcher, ScoreDoc child) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(child.doc, leaves));
        int local = child.doc - leaf.docBase;
        BitSet parents = PARENTS.getBitSet(leaf);
        int parent = parents.nextSetBit(local) + leaf.docBase; // a block ends with its parent
        return new Near(LuceneArticleIndex.idOf(searcher, child.doc), parent, cosine(child.score),
                value(leaf.reader().getNumericDocValues(IndexFields.PASSAGE_START), local),
                value(leaf.reader().getNumericDocValues(IndexFields.PASSAGE_END), local));
    }

    private static int value(NumericDocValues values, int doc) throws IOException {
        return values != null && values.advanceExact(doc) ? (int) values.longValue() : -1;
    }

    private static void keep(Map<String, Near> best, Near near) {
        best.merge(near.id(), near, (a, b) -> b.cosine() > a.cosine() ? b : a);
    }

    /** The cosine of a hit on a unit-vector field: DOT_PRODUCT scores unit vectors as (1 + cosine) / 2. */
    static float cosine(float score) {
        return 2 * score - 1;
    }
}
