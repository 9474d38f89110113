package org.storyline.cluster;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Term ids and document frequencies, updated one article at a time so that idf follows the stream: a
 * name that suddenly appears in many articles loses weight as it becomes common.
 */
final class TermStatistics {

    private final Map<String, Integer> ids = new HashMap<>();
    private int[] documentFrequency = new int[1024];
    private int documents;
    private final double priorDocuments;

    /**
     * @param priorDocuments documents assumed seen before the stream and holding none of its terms: a
     *                       young stream about one story would otherwise rate that story's names common
     */
    TermStatistics(double priorDocuments) {
        this.priorDocuments = priorDocuments;
    }

    /** Counts one more document containing these terms and returns their ids, in the map's order. */
    int[] observe(Iterable<String> terms, int size) {
        documents++;
        int[] out = new int[size];
        int i = 0;
        for (String term : terms) {
            int id = ids.computeIfAbsent(term, t -> ids.size());
            if (id == documentFrequency.length) {
                documentFrequency = Arrays.copyOf(documentFrequency, id * 2);
            }
            documentFrequency[id]++;
            out[i++] = id;
        }
        return out;
    }

    /** The id of a term seen before, or -1; counts nothing (for re-scoring articles already observed). */
    int lookup(String term) {
        return ids.getOrDefault(term, -1);
    }

    /** Smoothed inverse document frequency; 1 for a term in every document. */
    double idf(int term) {
        return Math.log((documents + priorDocuments + 1.0) / (documentFrequency[term] + 1.0)) + 1.0;
    }

    /** Number of documents observed. */
    int documents() {
        return documents;
    }

    /** Number of distinct terms seen. */
    int terms() {
        return ids.size();
    }
}
