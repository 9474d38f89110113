package org.storyline.dedup;

import java.util.Arrays;

/** A growable list of document numbers, without boxing. */
final class DocList {

    private int[] docs = new int[64];
    private int size;

    void add(int doc) {
        if (size == docs.length) {
            docs = Arrays.copyOf(docs, size * 2);
        }
        docs[size++] = doc;
    }

    /** The documents added, ascending. */
    int[] sorted() {
        int[] out = Arrays.copyOf(docs, size);
        Arrays.sort(out);
        return out;
    }
}
