package org.storyline.embed;

import java.util.ArrayList;
import java.util.List;
import org.storyline.enrich.entity.Sentence;
import org.storyline.enrich.entity.Sentences;

/**
 * Cuts an article's text into passages of whole sentences, about {@value #MIN_TOKENS} to {@value #MAX_TOKENS}
 * tokens each (words and punctuation, as {@link Sentences} counts them; MiniLM's word pieces run a little more),
 * for passage embeddings.
 *
 * <pre>{@code
 * new PassageSplitter().split(text)   // [Span[start=0, end=412], Span[start=413, end=861], ...]
 * }</pre>
 *
 * <p>Why this size: all-MiniLM-L6-v2 was trained on pairs of at most 128 word pieces and truncates at 256, and a
 * short query is best compared with a passage of one point, not a page (dense passage retrieval, Karpukhin et al.
 * 2020, used 100-word passages; sentence-transformers' retrieve-and-rerank examples split Wikipedia into
 * paragraphs of about that length). Passages follow sentence ends and never cut a sentence: a sentence longer than
 * the maximum is a passage of its own (the model reads its first 256 word pieces). A short tail joins the passage
 * before it.
 */
public final class PassageSplitter {

    /** A passage closes once it has this many tokens. */
    static final int MIN_TOKENS = 60;
    /** A passage takes no further sentence that would bring it past this many tokens. */
    static final int MAX_TOKENS = 120;

    private final Sentences sentences;

    public PassageSplitter() {
        this(new Sentences());
    }

    PassageSplitter(Sentences sentences) {
        this.sentences = sentences;
    }

    /** Where a passage lies in the text: {@code text.substring(start, end)}. */
    public record Span(int start, int end) {}

    /** The passages of {@code text} in order; none for a text without sentences. */
    public List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        int start = -1;
        int end = -1;
        int tokens = 0;
        for (Sentence s : sentences.split(text)) {
            int n = s.tokens().size();
            if (start >= 0 && (tokens >= MIN_TOKENS || tokens + n > MAX_TOKENS)) {
                out.add(new Span(start, end));
                start = -1;
                tokens = 0;
            }
            if (start < 0) {
                start = s.start();
            }
            end = s.end();
            tokens += n;
        }
        if (start >= 0) {
            if (tokens < MIN_TOKENS / 2 && !out.isEmpty()) {
                out.set(out.size() - 1, new Span(out.get(out.size() - 1).start(), end)); // a short tail joins
            } else {
                out.add(new Span(start, end));
            }
        }
        return out;
    }
}
