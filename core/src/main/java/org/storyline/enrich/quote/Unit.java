package org.storyline.enrich.quote;

import java.util.ArrayList;
import java.util.List;
import org.storyline.enrich.entity.Sentence;

/**
 * Consecutive sentences that one quotation runs through ("'In the economic sphere ... very well. And we
 * maintain contacts ... as we planned', he said"), or a single sentence: the span the quote stage reads for
 * an attribution. Tokens inside quotation marks are flagged, so that "said" inside a quotation attributes
 * nothing.
 *
 * @param start  offset of the first sentence
 * @param end    offset past the last sentence
 * @param tokens the tokens of its sentences
 * @param quoted for each token, whether it is inside quotation marks
 * @param spans  the quoted passages that start in it
 */
record Unit(int start, int end, List<Sentence.Token> tokens, boolean[] quoted, List<QuoteMarks.Span> spans) {

    /** Groups sentences into units along the quoted passages. */
    static List<Unit> of(List<Sentence> sentences, List<QuoteMarks.Span> spans) {
        List<Unit> out = new ArrayList<>();
        int i = 0;
        while (i < sentences.size()) {
            int j = i;
            while (j + 1 < sentences.size() && crosses(spans, sentences.get(j).end())) {
                j++;
            }
            out.add(build(sentences.subList(i, j + 1), spans));
            i = j + 1;
        }
        return out;
    }

    private static boolean crosses(List<QuoteMarks.Span> spans, int offset) {
        for (QuoteMarks.Span s : spans) {
            if (s.start() < offset && s.end() > offset + 1) {
                return true;
            }
        }
        return false;
    }

    private static Unit build(List<Sentence> part, List<QuoteMarks.Span> spans) {
        int start = part.get(0).start();
        int end = part.get(part.size() - 1).end();
        List<Sentence.Token> tokens = new ArrayList<>();
        part.forEach(s -> tokens.addAll(s.tokens()));
        boolean[] quoted = new boolean[tokens.size()];
        List<QuoteMarks.Span> near = spans.stream().filter(s -> s.start() < end && s.end() > start).toList();
        for (int k = 0; k < tokens.size(); k++) {
            Sentence.Token t = tokens.get(k);
            for (QuoteMarks.Span s : near) {
                if (t.start() >= s.start() && t.end() <= s.end()) {
                    quoted[k] = true;
                }
            }
        }
        List<QuoteMarks.Span> own = spans.stream().filter(s -> s.start() >= start - 1 && s.start() < end).toList();
        return new Unit(start, end, tokens, quoted, own);
    }

    /** Words in quotation marks, and all words. */
    int[] wordCounts() {
        int inside = 0;
        int all = 0;
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).word()) {
                all++;
                inside += quoted[k] ? 1 : 0;
            }
        }
        return new int[] {inside, all};
    }
}
