package org.storyline.enrich.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Splits an article into sentences with their offsets (OpenNLP's UD-EWT sentence model, from the
 * {@code opennlp-models-sentdetect-en} artifact), and each sentence into tokens: words (with inner hyphens,
 * apostrophes and dots: {@code Rostov-on-Don}, {@code didn't}, {@code U.S}), a possessive {@code 's} as a token
 * of its own, and single punctuation marks. Line breaks end paragraphs and sentences.
 *
 * <p>OpenNLP's own tokenizer glues quote marks to words ({@code 'use}, {@code relations'}), which is why words
 * are cut here by a pattern. The model is loaded once; a detector is made per call (OpenNLP's is not thread-safe).
 */
public final class Sentences {

    private static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    /**
     * A word with its inner hyphens, apostrophes and dots ("U.S", "Ph.D"), except a full stop between a lower-case
     * word and a capitalised one: "brother.Tyderris Cash" is two sentences run together for want of a space.
     */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:(?:[-‐'’&]|(?<!\\p{Ll}\\p{Ll})\\."
            + "|\\.(?!\\p{Lu}\\p{Ll}))[\\p{L}\\p{N}]+)*|\\S");
    /** A sentence that ends in a capitalised word glued to the one before by a full stop: "cellar.Ysolde". */
    private static final Pattern GLUED = Pattern.compile("\\p{Ll}\\p{Ll}\\.(\\p{Lu}\\p{Ll}[\\p{L}'’-]*)$");
    private static final Pattern LINE = Pattern.compile("[^\\r\\n]+");

    private final SentenceModel model;

    public Sentences() {
        try (InputStream in = Sentences.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("enrich: sentence model missing from class path: " + MODEL);
            }
            model = new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("enrich: cannot read sentence model " + MODEL, e);
        }
    }

    /** The sentences of {@code text} in order. */
    public List<Sentence> split(String text) {
        SentenceDetectorME detector = new SentenceDetectorME(model);
        List<Sentence> out = new ArrayList<>();
        Matcher line = LINE.matcher(text);
        int paragraph = 0;
        while (line.find()) {
            if (line.group().isBlank()) {
                continue;
            }
            Span[] spans = detector.sentPosDetect(line.group());
            for (int i = 0; i + 1 < spans.length; i++) {
                Matcher glued = GLUED.matcher(line.group().substring(spans[i].getStart(), spans[i].getEnd()));
                if (glued.find()) { // "... cellar.Ysolde | Tarrow, 35, was found": the model cut after the glued word
                    int cut = spans[i].getStart() + glued.start(1);
                    spans[i + 1] = new Span(cut, spans[i + 1].getEnd());
                    spans[i] = new Span(spans[i].getStart(), cut);
                }
            }
            for (int i = 0; i < spans.length; i++) {
                int start = line.start() + spans[i].getStart();
                while (i + 1 < spans.length && org.storyline.enrich.Abbreviations.endsBeforeName(
                        line.group().substring(spans[i].getStart(), spans[i].getEnd()))) {
                    spans[i + 1] = new Span(spans[i].getStart(), spans[i + 1].getEnd());
                    i++;
                }
                int end = line.start() + spans[i].getEnd();
                List<Sentence.Token> tokens = tokens(text, start, end);
                if (!tokens.isEmpty()) {
                    out.add(new Sentence(out.size(), paragraph, start, end, tokens));
                }
            }
            paragraph++;
        }
        return out;
    }

    /** The tokens of {@code text} between {@code start} and {@code end}. */
    static List<Sentence.Token> tokens(String text, int start, int end) {
        List<Sentence.Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(start, end);
        while (m.find()) {
            String t = m.group();
            int cut = possessive(t);
            if (cut > 0) {
                out.add(new Sentence.Token(t.substring(0, cut), m.start(), m.start() + cut));
                out.add(new Sentence.Token("'s", m.start() + cut, m.end()));
            } else {
                out.add(new Sentence.Token(t, m.start(), m.end()));
            }
        }
        return out;
    }

    /** Where a trailing possessive 's begins, or -1. */
    private static int possessive(String t) {
        int n = t.length();
        if (n > 2 && (t.charAt(n - 1) == 's' || t.charAt(n - 1) == 'S')
                && (t.charAt(n - 2) == '\'' || t.charAt(n - 2) == '’')) {
            return n - 2;
        }
        return -1;
    }
}
