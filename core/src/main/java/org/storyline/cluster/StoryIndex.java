package org.storyline.cluster;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Inverted index from term id to the stories whose centroid holds (or once held) the term, so that an
 * article is compared with the few stories sharing its top terms instead of with every story.
 *
 * <p>Postings are appended and never removed: a story that drops a term stays listed and is merely
 * scored once more than needed, which is cheaper than keeping the lists exact.
 */
final class StoryIndex {

    private int[][] postings = new int[1024][];
    private int[] sizes = new int[1024];

    /** Posts {@code story} under each term of {@code now} that {@code before} lacked. */
    void post(int story, SparseVector before, SparseVector now) {
        for (int term : now.terms) {
            if (Arrays.binarySearch(before.terms, term) < 0) {
                append(term, story);
            }
        }
    }

    /** Whether any story was posted under {@code term}. */
    boolean contains(int term) {
        return term < sizes.length && sizes[term] > 0;
    }

    /** Calls {@code visitor} with the newest {@code limit} stories posted under {@code term}. */
    void forEach(int term, int limit, IntConsumer visitor) {
        if (term >= postings.length || postings[term] == null) {
            return;
        }
        int[] list = postings[term];
        for (int i = sizes[term] - 1; i >= Math.max(0, sizes[term] - limit); i--) {
            visitor.accept(list[i]);
        }
    }

    private void append(int term, int story) {
        if (term >= postings.length) {
            int capacity = Math.max(postings.length * 2, term + 1);
            postings = Arrays.copyOf(postings, capacity);
            sizes = Arrays.copyOf(sizes, capacity);
        }
        int[] list = postings[term];
        if (list == null) {
            list = postings[term] = new int[2];
        } else if (sizes[term] == list.length) {
            list = postings[term] = Arrays.copyOf(list, list.length * 2);
        }
        list[sizes[term]++] = story;
    }
}
