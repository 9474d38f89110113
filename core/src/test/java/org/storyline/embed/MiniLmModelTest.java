package org.storyline.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The model's own single-pass call gives langchain4j's vectors to the bit: stored vectors, and the story model
 * fitted on them, stay valid. Checked on the shipped ECB+ sample, for the headline and lead as the pipeline embeds
 * them and for every passage as the passage stage does, and on inputs at the edges (one word, one past the
 * length langchain4j splits at, nothing).
 */
class MiniLmModelTest {

    private static final MiniLmModel MODEL = new MiniLmModel();

    @Test
    void singlePassVectorsAreLangchainsToTheBit() throws Exception {
        List<String> inputs = new ArrayList<>();
        PassageSplitter splitter = new PassageSplitter();
        for (JsonNode a : sample()) {
            String title = a.path("title").asText("");
            String text = a.path("text").asText("");
            String lead = text.length() > SentenceEmbedder.LEAD_CHARS ? text.substring(0, SentenceEmbedder.LEAD_CHARS) : text;
            inputs.add(title.isBlank() ? lead : title + ". " + lead);
            splitter.split(text).forEach(s -> inputs.add(text.substring(s.start(), s.end())));
        }
        assertThat(inputs).hasSizeGreaterThan(400);
        for (String input : inputs) {
            assertThat(MODEL.vector(input)).as(input).containsExactly(MODEL.embed(input).content().vector());
        }
    }

    @Test
    void edgeInputsAsLangchainHasThem() {
        String longer = "word ".repeat(MiniLmModel.MAX_PIECES + 1);
        for (String input : List.of("Quake", "Quake!", "  Quake  ", "Ünïcödé naïve café — “quoted” 😀", longer)) {
            assertThat(MODEL.vector(input)).as(input).containsExactly(MODEL.embed(input).content().vector());
        }
        assertThatThrownBy(() -> MODEL.vector("   ")).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<JsonNode> sample() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                MiniLmModelTest.class.getResourceAsStream("/cluster/ecbplus-sample.jsonl"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                out.add(json.readTree(line));
            }
        }
        return out;
    }
}
