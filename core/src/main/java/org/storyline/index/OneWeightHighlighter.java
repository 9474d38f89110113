package org.storyline.index;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Lucene's unified highlighter with the query's {@link Weight} built once per highlight call instead of once per
 * document. With weight matches on and offsets in the postings, the stock strategy makes a searcher over the
 * document's segment, rewrites the query and builds its weight (looking every term up again) for each of a page's
 * fifty results; profiled, that was half of the highlighter's time. The matches, and so the snippets, are the same:
 * a weight built on the whole reader answers {@link Weight#matches} for any of its segments.
 *
 * <p>Only the postings-with-offsets source with weight matches is changed (the index's text field); any other
 * source, or a segment this reader does not hold, goes the stock way.
 */
final class OneWeightHighlighter extends UnifiedHighlighter {

    OneWeightHighlighter(Builder builder) {
        super(builder);
    }

    @Override
    protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
        if (source != OffsetSource.POSTINGS || !components.highlightFlags().contains(HighlightFlag.WEIGHT_MATCHES)) {
            return super.getOffsetStrategy(source, components);
        }
        return new SharedWeight(components, searcher.getIndexReader());
    }

    /** Offsets from the postings, each document's matches from the one weight of the highlight call. */
    private static final class SharedWeight extends PostingsOffsetStrategy {
        private final IndexReader reader;
        private Weight weight;

        SharedWeight(UHComponents components, IndexReader reader) {
            super(components);
            this.reader = reader;
        }

        @Override
        protected void createOffsetsEnumsWeightMatcher(LeafReader leafReader, int docId, List<OffsetsEnum> results)
                throws IOException {
            LeafReaderContext leaf = leafOf(leafReader);
            if (leaf == null) {
                super.createOffsetsEnumsWeightMatcher(leafReader, docId, results);
                return;
            }
            Matches matches = weight().matches(leaf, docId);
            if (matches == null) {
                return;
            }
            for (String field : matches) {
                if (components.fieldMatcher().test(field)) {
                    MatchesIterator iterator = matches.getMatches(field);
                    if (iterator != null) {
                        results.add(new OffsetsEnum.OfMatchesIteratorWithSubs(iterator));
                    }
                }
            }
        }

        private Weight weight() throws IOException {
            if (weight == null) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setQueryCache(null); // as the stock strategy: matches are read once, nothing to cache
                weight = searcher.createWeight(searcher.rewrite(components.query()), ScoreMode.COMPLETE_NO_SCORES, 1);
            }
            return weight;
        }

        private LeafReaderContext leafOf(LeafReader leafReader) {
            for (LeafReaderContext leaf : reader.leaves()) {
                if (leaf.reader() == leafReader) {
                    return leaf;
                }
            }
            return null;
        }
    }
}
