package org.storyline.extract.dump;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.storyline.model.ParsedArticle;
import org.storyline.model.RawDocument;

/**
 * Each seed page against its reviewed parse in {@code golden/<seed>.json}. Run with {@code -Dgolden.update=true}
 * to rewrite the files from the current parser, then review the diff before committing.
 */
class DumpGoldenTest {

    static final Instant CAPTURED_AT = Instant.parse("2025-07-04T12:00:00Z");
    private static final Path SEEDS = Path.of("src/test/resources/seeds");
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static Stream<String> seeds() throws IOException {
        try (Stream<Path> files = Files.list(SEEDS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d{3}_.*\\.txt")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void parsesSeedAsReviewed(String seed) throws IOException {
        String content = Files.readString(SEEDS.resolve(seed), StandardCharsets.UTF_8);
        List<ParsedArticle> articles = new DumpParser().parse(
                new RawDocument("seeds/" + seed, RawDocument.Format.TEXT_DUMP, content, CAPTURED_AT, false));
        String actual = JSON.writeValueAsString(toJson(articles)) + "\n";
        Path golden = GOLDEN.resolve(seed + ".json");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file; create it with -Dgolden.update=true and review it").exists();
        JsonNode expected = JSON.readTree(golden.toFile());
        assertThat(actual).isEqualTo(JSON.writeValueAsString(expected) + "\n");
    }

    static ArrayNode toJson(List<ParsedArticle> articles) {
        ArrayNode array = JSON.createArrayNode();
        for (ParsedArticle a : articles) {
            ObjectNode node = array.addObject();
            node.put("role", a.role().name());
            node.put("title", a.title());
            node.put("outlet", a.outlet());
            node.put("url", a.url() == null ? null : a.url().toString());
            node.put("published", a.published() == null ? null : a.published().iso());
            node.put("published_approx", a.published() != null && a.published().approximate());
            node.put("section", a.section());
            node.put("author", a.author());
            ArrayNode tags = node.putArray("hashtags");
            a.hashtags().forEach(tags::add);
            node.put("text", a.text());
        }
        return array;
    }
}
