package org.storyline.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds earlier copies of an article by word-shingle containment: the share of the shorter body's
 * 5-word shingles that also occur in the other. Containment, not Jaccard, because one copy is often
 * a trimmed or extended version of the other.
 *
 * <p>It stores a bottom-k MinHash sketch per article (the {@value #SKETCH} smallest shingle hashes and
 * the shingle count), never the text. Lookup takes the probe's smallest hashes, finds stored articles
 * sharing at least {@value #MIN_HITS} of them through an inverted index, and verifies each candidate by
 * estimating containment from its sketch against the probe's full shingle set. Cost depends on the
 * number of candidates, not on the number of stored articles.
 *
 * <pre>{@code
 * DuplicateDetector copies = new DuplicateDetector();
 * copies.add("a1", apStory);
 * copies.findCopyOf(republishedApStory); // Optional[a1]
 * }</pre>
 */
public final class DuplicateDetector {

    static final double MIN_CONTAINMENT = 0.6;
    static final int MIN_SHINGLES = 8;
    /** Sketch size: containment error is about 0.06 at k=64 for long texts, exact under 64 shingles. */
    static final int SKETCH = 64;
    /** Smallest hashes indexed per article; a copy a fifth the length still shares about 5 of them. */
    static final int INDEX_KEYS = 24;
    static final int MIN_HITS = 2;
    /** Postings read per key; longer lists are boilerplate shared by many articles. */
    static final int POSTINGS_PER_KEY = 200;

    private final double minContainment;
    private final SketchIndex index = new SketchIndex();
    private final List<String> ids = new ArrayList<>();
    private final Map<String, Integer> docById = new HashMap<>();
    private final BitSet replaced = new BitSet();
    private int[] shingleCount = new int[1024];
    private int[] sketchStart = new int[1024];
    private int[] pool = new int[1 << 14];
    private int poolSize;

    /** A detector with the default containment threshold of 0.6. */
    public DuplicateDetector() {
        this(MIN_CONTAINMENT);
    }

    /** A detector that calls two texts copies when the shorter's containment reaches {@code minContainment}. */
    public DuplicateDetector(double minContainment) {
        if (!(minContainment > 0 && minContainment <= 1)) {
            throw new IllegalArgumentException("dedup: minContainment must be in (0, 1], was " + minContainment);
        }
        this.minContainment = minContainment;
    }

    /** Remembers an article so later copies of it are found. Adding an id again replaces its text. */
    public void add(String articleId, String text) {
        int[] shingles = Shingles.of(text);
        int doc = ids.size();
        Integer previous = docById.put(articleId, doc);
        if (previous != null) {
            replaced.set(previous);
        }
        ids.add(articleId);
        store(doc, shingles);
        for (int i = 0; i < Math.min(INDEX_KEYS, shingles.length); i++) {
            index.add(shingles[i], doc);
        }
    }

    /** The id of the remembered article that {@code text} is most contained in (or contains), if any. */
    public Optional<String> findCopyOf(String text) {
        int[] probe = Shingles.of(text);
        if (probe.length < MIN_SHINGLES) {
            return Optional.empty();
        }
        int best = -1;
        double bestScore = minContainment;
        for (int doc : candidates(probe)) {
            if (shingleCount[doc] < MIN_SHINGLES) {
                continue;
            }
            double score = MinHashSketch.containment(probe, pool, sketchStart[doc], sketchLength(doc),
                    shingleCount[doc]);
            // Candidates come in storage order, so on a tie the earliest copy, likely the original, wins.
            if (score > bestScore || (best < 0 && score == bestScore)) {
                best = doc;
                bestScore = score;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(ids.get(best));
    }

    /** Share of the smaller text's shingles found in the larger, 0..1, computed exactly. Symmetric. */
    public static double containment(String a, String b) {
        return containment(shingles(a), shingles(b));
    }

    /** The hashed shingles of a text, for callers comparing one text with many ({@link #containment(int[], int[])}). */
    public static int[] shingles(String text) {
        return Shingles.of(text);
    }

    /** {@link #containment(String, String)} over shingles computed once with {@link #shingles(String)}. */
    public static double containment(int[] sa, int[] sb) {
        if (sa.length < MIN_SHINGLES || sb.length < MIN_SHINGLES) {
            return 0;
        }
        return MinHashSketch.containment(sa, sb);
    }

    /** Number of articles remembered, replaced ones excluded. */
    public int size() {
        return docById.size();
    }

    /** Live documents sharing at least {@link #MIN_HITS} of the probe's smallest hashes, ascending. */
    private int[] candidates(int[] probe) {
        DocList hits = new DocList();
        for (int i = 0; i < Math.min(SKETCH, probe.length); i++) {
            index.forEach(probe[i], POSTINGS_PER_KEY, hits::add);
        }
        return frequent(hits.sorted());
    }

    private int[] frequent(int[] docs) {
        int[] out = new int[docs.length];
        int w = 0;
        for (int i = 0; i < docs.length; ) {
            int j = i;
            while (j < docs.length && docs[j] == docs[i]) {
                j++;
            }
            if (j - i >= MIN_HITS && !replaced.get(docs[i])) {
                out[w++] = docs[i];
            }
            i = j;
        }
        return Arrays.copyOf(out, w);
    }

    private void store(int doc, int[] shingles) {
        if (doc == shingleCount.length) {
            shingleCount = Arrays.copyOf(shingleCount, doc * 2);
            sketchStart = Arrays.copyOf(sketchStart, doc * 2);
        }
        int length = Math.min(SKETCH, shingles.length);
        if (poolSize + length > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + length));
        }
        System.arraycopy(shingles, 0, pool, poolSize, length);
        shingleCount[doc] = shingles.length;
        sketchStart[doc] = poolSize;
        poolSize += length;
    }

    private int sketchLength(int doc) {
        return Math.min(SKETCH, shingleCount[doc]);
    }
}
