package org.storyline.bench.embed;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import org.storyline.embed.SentenceEmbedder;

/**
 * What the document embedding costs per article as its input grows: the headline and the first N characters of
 * the body, for several N, embedded one at a time on one thread. Reports word pieces per input and the calling
 * thread's CPU time per article (ONNX Runtime runs the call on it), which, unlike wall time, hardly moves when other
 * processes share the cores. Also the same inputs through langchain4j's {@code OnnxBertBiEncoder} on the same
 * one-thread session (three tokenizer passes, as the embedder called it before), checking that both give the same
 * vectors to the bit.
 *
 * <pre>bin/bench EmbedLengthBench ../shared/bench/stories/gvc-dev.jsonl [articles] [chars,chars,...]</pre>
 */
public final class EmbedLengthBench {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private EmbedLengthBench() {
    }

    public static void main(String[] args) throws Exception {
        org.storyline.embed.DjlOptOut.apply();
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        String[] lengths = (args.length > 2 ? args[2] : "0,100,150,200,300,400").split(",");
        List<String[]> articles = EmbedBench.read(Path.of(args[0]), limit);
        SentenceEmbedder embedder = new SentenceEmbedder();
        OneThreadModel opened = OneThreadModel.open();
        OrtEnvironment env = opened.env();
        OrtSession session = opened.session();
        HuggingFaceTokenizer tokenizer = opened.tokenizer();
        Langchain langchain = new Langchain(env, session);
        System.out.println("| lead chars | word pieces (mean) | CPU ms/article (embedder) | CPU ms/article (langchain4j encoder) | vectors differing |");
        System.out.println("|---|---|---|---|---|");
        for (int round = 0; round < 2; round++) { // the first round warms up
            for (String length : lengths) {
                int chars = Integer.parseInt(length);
                List<String> inputs = articles.stream().map(a -> input(a, chars)).toList();
                double pieces = inputs.stream().mapToInt(s -> tokenizer.encode(s).getIds().length).average().orElse(0);
                long start = THREADS.getCurrentThreadCpuTime();
                inputs.forEach(embedder::embedPassage);
                double wrapped = (THREADS.getCurrentThreadCpuTime() - start) / 1e6 / inputs.size();
                start = THREADS.getCurrentThreadCpuTime();
                inputs.forEach(langchain::embed);
                double bare = (THREADS.getCurrentThreadCpuTime() - start) / 1e6 / inputs.size();
                long differing = inputs.stream().filter(in -> !java.util.Arrays.equals(embedder.embedPassage(in),
                        SentenceEmbedder.unit(langchain.embed(in).content().vector()))).count();
                if (round == 1) {
                    System.out.printf("| %d | %.1f | %.2f | %.2f | %d |%n", chars, pieces, wrapped, bare, differing);
                }
            }
        }
    }

    /** langchain4j's encoder over a given session: how the embedder called the model before. */
    private static final class Langchain extends dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel {
        private final dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder encoder;

        Langchain(OrtEnvironment env, OrtSession session) throws java.io.IOException {
            super(Runnable::run);
            try (InputStream vocab = OneThreadModel.resource(OneThreadModel.TOKENIZER)) {
                encoder = new dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder(env, session, vocab,
                        dev.langchain4j.model.embedding.onnx.PoolingMode.MEAN);
            }
        }

        @Override
        protected dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder model() {
            return encoder;
        }
    }

    /** The headline and the first {@code chars} characters of the body, as the embedder joins them. */
    static String input(String[] article, int chars) {
        String lead = article[1].length() > chars ? article[1].substring(0, chars) : article[1];
        return article[0].isBlank() ? lead : lead.isEmpty() ? article[0] : article[0] + ". " + lead;
    }
}
