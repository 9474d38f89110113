package org.storyline.index;

import java.io.IOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.BytesRef;

/**
 * Duplicate groups in the index: an original and its republished copies are one search result, so they are
 * counted once. Each article document carries its group (the original's id) and copies a marker
 * ({@link IndexFields#GROUP}, {@link IndexFields#COPY}).
 *
 * <p>Counting the groups among a query's matches: the originals that match (the search's own hit count less the
 * matching copies, or counted by the index when the search stopped counting), plus the groups of matching copies
 * whose original does not match (a copy that changed the words searched for). Only the copies are visited, at
 * most {@link #MAX_COPIES_VISITED}; past that the count is a lower bound.
 */
final class DuplicateGroups {

    /** Matching copies read one by one at most per count. */
    static final int MAX_COPIES_VISITED = 10_000;

    private DuplicateGroups() {
    }

    /** The group of an article document. */
    static String of(IndexSearcher searcher, int doc) throws IOException {
        String group = LuceneArticleIndex.docValue(searcher, doc, IndexFields.GROUP);
        return group != null ? group : LuceneArticleIndex.idOf(searcher, doc); // no group recorded: a group of its own
    }

    /**
     * How many groups the articles matching {@code matching} form; {@code total} is the search's hit count of
     * {@code matching} (exact or a lower bound: counted again only when it is not exact).
     */
    static long count(IndexSearcher searcher, Query matching, TotalHits total) throws IOException {
        Copies copies = groups(searcher, and(matching, IndexFields.COPIES), MAX_COPIES_VISITED);
        boolean exact = total.relation() == TotalHits.Relation.EQUAL_TO && copies.visited() < MAX_COPIES_VISITED;
        long originals = exact ? total.value() - copies.visited()
                : searcher.count(new BooleanQuery.Builder().add(matching, BooleanClause.Occur.MUST)
                        .add(IndexFields.COPIES, BooleanClause.Occur.MUST_NOT).build());
        if (copies.groups().isEmpty()) {
            return originals;
        }
        long alsoOriginal = searcher.count(and(matching, in(IndexFields.ID, copies.groups())));
        return originals + copies.groups().size() - alsoOriginal;
    }

    /** How many groups the articles matching {@code matching} form. */
    static long count(IndexSearcher searcher, Query matching) throws IOException {
        return count(searcher, matching, new TotalHits(searcher.count(matching), TotalHits.Relation.EQUAL_TO));
    }

    /** Of {@code groups}, those with a member matching {@code matching}. */
    static Set<String> matching(IndexSearcher searcher, Query matching, Collection<String> groups) throws IOException {
        if (groups.isEmpty()) {
            return Set.of();
        }
        return groups(searcher, and(matching, in(IndexFields.GROUP, groups)), Integer.MAX_VALUE).groups();
    }

    private static Query and(Query a, Query b) {
        return new BooleanQuery.Builder().add(a, BooleanClause.Occur.MUST).add(b, BooleanClause.Occur.FILTER)
                .add(IndexFields.ARTICLES, BooleanClause.Occur.FILTER).build();
    }

    private static Query in(String field, Collection<String> values) {
        return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
    }

    /** The distinct groups of the first {@code cap} documents matching {@code query}, and how many were visited. */
    private record Copies(Set<String> groups, long visited) {}

    private static Copies groups(IndexSearcher searcher, Query query, int cap) throws IOException {
        return searcher.search(query, new CollectorManager<GroupCollector, Copies>() {
            @Override
            public GroupCollector newCollector() {
                return new GroupCollector(cap);
            }

            @Override
            public Copies reduce(Collection<GroupCollector> collectors) {
                Set<String> all = new HashSet<>();
                long visited = 0;
                for (GroupCollector c : collectors) {
                    all.addAll(c.groups);
                    visited += Math.min(c.seen, c.cap);
                }
                return new Copies(all, visited);
            }
        });
    }

    /** Collects group values, stopping after {@code cap} documents. */
    private static final class GroupCollector extends SimpleCollector {
        private final Set<String> groups = new HashSet<>();
        private final int cap;
        private int seen;
        private SortedDocValues values;

        GroupCollector(int cap) {
            this.cap = cap;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            if (seen >= cap) {
                throw new CollectionTerminatedException();
            }
            values = context.reader().getSortedDocValues(IndexFields.GROUP);
        }

        @Override
        public void collect(int doc) throws IOException {
            if (++seen > cap) {
                throw new CollectionTerminatedException();
            }
            if (values != null && values.advanceExact(doc)) {
                groups.add(values.lookupOrd(values.ordValue()).utf8ToString());
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
