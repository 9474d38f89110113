package org.storyline.embed;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.storyline.model.Passage;

/**
 * The passage embeddings of an article: its text split by {@link PassageSplitter}, each passage embedded by the
 * same model as the headline and lead ({@link SentenceEmbedder}), and the stored form of the result.
 *
 * <pre>{@code
 * List<Passage> passages = new PassageEmbedder(embedder).embed(article.text());
 * byte[] stored = PassageEmbedder.toBytes(passages);   // PassageEmbedder.fromBytes(stored) gives them back
 * }</pre>
 *
 * <p>Costly: one model call per passage, where ingesting an article makes one in all. So it is not part of
 * ingesting; a deferred stage runs it when the pipeline is idle ({@code org.storyline.pipeline.PassageStage}).
 */
public final class PassageEmbedder {

    /** Format of the stored bytes: bumped when splitting or the layout changes. */
    static final int FORMAT = 1;

    private final SentenceEmbedder embedder;
    private final PassageSplitter splitter;

    public PassageEmbedder(SentenceEmbedder embedder) {
        this(embedder, new PassageSplitter());
    }

    PassageEmbedder(SentenceEmbedder embedder, PassageSplitter splitter) {
        this.embedder = embedder;
        this.splitter = splitter;
    }

    /** The passages of {@code text} with their unit vectors. */
    public List<Passage> embed(String text) {
        List<Passage> out = new ArrayList<>();
        for (PassageSplitter.Span span : splitter.split(text)) {
            out.add(new Passage(span.start(), span.end(), embedder.embedPassage(text.substring(span.start(), span.end()))));
        }
        return out;
    }

    /** The stored form: format, count, then per passage start, end, dimension and the floats (little-endian). */
    public static byte[] toBytes(List<Passage> passages) {
        int size = 8;
        for (Passage p : passages) {
            size += 12 + 4 * p.vector().length;
        }
        ByteBuffer out = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        out.putInt(FORMAT).putInt(passages.size());
        for (Passage p : passages) {
            out.putInt(p.start()).putInt(p.end()).putInt(p.vector().length);
            for (float x : p.vector()) {
                out.putFloat(x);
            }
        }
        return out.array();
    }

    /** What {@link #toBytes} wrote; bytes of another format read as no passages. */
    public static List<Passage> fromBytes(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < 8 || in.getInt() != FORMAT) {
            return List.of();
        }
        int count = in.getInt();
        List<Passage> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int start = in.getInt();
            int end = in.getInt();
            float[] vector = new float[in.getInt()];
            for (int j = 0; j < vector.length; j++) {
                vector[j] = in.getFloat();
            }
            out.add(new Passage(start, end, vector));
        }
        return out;
    }
}
