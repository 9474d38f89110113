package org.storyline.dedup;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Inverted index from shingle hash to the documents whose sketch holds it, in primitive arrays: an
 * open-addressing table of keys to the newest posting, and postings chained newest first.
 *
 * <p>Boxed maps would cost about 100 bytes per posting; this costs about 19 (8 for the posting, 11 for
 * the table slot at its average load), which is what keeps millions of stored articles affordable.
 */
final class SketchIndex {

    private static final double MAX_LOAD = 0.7;

    private int[] keys = new int[1 << 10];
    private int[] heads = new int[1 << 10];
    private int used;
    private int[] postingDoc = new int[1 << 10];
    private int[] postingNext = new int[1 << 10];
    private int postings;

    /** Records that document {@code doc} has shingle {@code key}. */
    void add(int key, int doc) {
        if (used + 1 > keys.length * MAX_LOAD) {
            rehash(keys.length * 2);
        }
        if (postings == postingDoc.length) {
            postingDoc = Arrays.copyOf(postingDoc, postings * 2);
            postingNext = Arrays.copyOf(postingNext, postings * 2);
        }
        int slot = slotOf(key);
        if (heads[slot] == 0) {
            keys[slot] = key;
            used++;
        }
        postingDoc[postings] = doc;
        postingNext[postings] = heads[slot] - 1;
        postings++;
        heads[slot] = postings;
    }

    /**
     * Calls {@code visitor} for up to {@code limit} documents holding {@code key}, newest first. The limit
     * bounds lookup cost when a shingle is boilerplate repeated across thousands of articles.
     */
    void forEach(int key, int limit, IntConsumer visitor) {
        int p = heads[slotOf(key)] - 1;
        for (int seen = 0; p >= 0 && seen < limit; seen++, p = postingNext[p]) {
            visitor.accept(postingDoc[p]);
        }
    }

    private int slotOf(int key) {
        int mask = keys.length - 1;
        int slot = (int) Shingles.mix(key) & mask;
        while (heads[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void rehash(int capacity) {
        int[] oldKeys = keys;
        int[] oldHeads = heads;
        keys = new int[capacity];
        heads = new int[capacity];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldHeads[i] != 0) {
                int slot = slotOf(oldKeys[i]);
                keys[slot] = oldKeys[i];
                heads[slot] = oldHeads[i];
            }
        }
    }
}
