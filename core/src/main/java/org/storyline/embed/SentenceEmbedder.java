package org.storyline.embed;


/**
 * Embeds an article's headline and lead with all-MiniLM-L6-v2 (quantised ONNX, in-process).
 *
 * <pre>{@code
 * float[] v = new SentenceEmbedder().embed("Sputnik office raided", "Masked police stormed ...");
 * }</pre>
 *
 * <p>The model reads at most 256 word pieces, so only the headline and the first {@value #LEAD_CHARS}
 * characters are given: the lead is where news says what the story is. Loaded on first use (about a second);
 * safe to share between threads: each call runs the model on the calling thread ({@link MiniLmModel}), so the
 * pipeline's workers each keep one core busy instead of contending for one shared thread pool.
 */
public final class SentenceEmbedder {

    /**
     * Characters of the body embedded after the headline. The call's cost grows with its word pieces (about 83 here,
     * 8.9 ms of CPU; 150 characters: 50 pieces, 6.8 ms; {@code bin/bench EmbedLengthBench}), but the stored vectors
     * and the story model's weights are of this input: 150 left both fit parts of StoryBench as they were and
     * lost on held-back GVC (B3 0.949 -> 0.939, pair 0.879 -> 0.854), 200 lost on the fit parts (ECB+ 0.918/0.877
     * -> 0.913/0.870, GVC 0.983/0.966 -> 0.980/0.957); a change needs a refit and every stored vector embedded again.
     * Refitted each time (2026-12-04, bench StoryModelFit in memory, both halves fitted in turn, B3 + pair F1 summed
     * over the eight fit figures / the eight held-back ones): 300 chars 7.342 / 7.160, 200 7.317 / 7.249, 150
     * 7.313 / 7.189, 100 7.146 / 6.934 (ECB+ held back 0.836/0.777 and 0.819/0.746). So 150-200 would cost no quality
     * and 23-37% of the embedding (6.30 and 5.14 ms against 8.16 ms); not taken yet because stores hold no version of
     * their vectors, and old and new vectors would then be mixed in one store's stories.
     */
    public static final int LEAD_CHARS = 300;

    static {
        DjlOptOut.apply(); // before the model's tokenizer loads DJL: no call to the cloud metadata service
    }

    private volatile MiniLmModel model;

    /** A unit vector for the article; the same input always gives the same vector. */
    public float[] embed(String title, String text) {
        String lead = text.length() > LEAD_CHARS ? text.substring(0, LEAD_CHARS) : text;
        String input = title == null || title.isBlank() ? lead : title + ". " + lead;
        return unit(model().vector(input));
    }

    /** A unit vector for a passage of text, as given (the model reads its first 256 word pieces). */
    public float[] embedPassage(String passage) {
        return unit(model().vector(passage));
    }

    private MiniLmModel model() {
        MiniLmModel loaded = model;
        if (loaded == null) {
            synchronized (this) {
                if (model == null) {
                    model = new MiniLmModel();
                }
                loaded = model;
            }
        }
        return loaded;
    }

    /** A copy of the vector scaled to unit length (all zeros for a zero vector). */
    public static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float scale = (float) (norm == 0 ? 0 : 1 / Math.sqrt(norm));
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * scale;
        }
        return out;
    }

    /** The vector as bytes for storage (little-endian floats). */
    public static byte[] toBytes(float[] v) {
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(v.length * 4).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(v);
        return buffer.array();
    }

    /** What {@link #toBytes} wrote. */
    public static float[] fromBytes(byte[] bytes) {
        float[] v = new float[bytes.length / 4];
        java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
        return v;
    }
}
