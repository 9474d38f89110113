package org.storyline.enrich.timeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * Splits English prose into sentences with OpenNLP's UD-EWT sentence model (shipped on the class path by
 * {@code opennlp-models-sentdetect-en}); line breaks always end a sentence, since page dumps put headings
 * and captions on lines of their own without a full stop.
 *
 * <p>The model is loaded once and shared; a detector is made per call because OpenNLP's is not thread-safe.
 */
public final class SentenceSplitter {

    private static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

    private final SentenceModel model;

    public SentenceSplitter() {
        try (InputStream in = SentenceSplitter.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("enrich: sentence model missing from class path: " + MODEL);
            }
            model = new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("enrich: cannot read sentence model " + MODEL, e);
        }
    }

    /** The sentences of {@code text}, trimmed, in order. */
    public List<String> split(String text) {
        SentenceDetectorME detector = new SentenceDetectorME(model);
        List<String> out = new ArrayList<>();
        for (String line : text.split("\\R+")) {
            if (line.isBlank()) {
                continue;
            }
            String carried = "";
            for (String sentence : detector.sentDetect(line)) {
                String joined = carried.isEmpty() ? sentence.strip() : carried + " " + sentence.strip();
                if (org.storyline.enrich.Abbreviations.endsBeforeName(joined)) {
                    carried = joined; // "St." | "Louis police said": one sentence
                } else {
                    carried = "";
                    if (!joined.isBlank()) {
                        out.add(joined);
                    }
                }
            }
            if (!carried.isBlank()) {
                out.add(carried);
            }
        }
        return out;
    }
}
