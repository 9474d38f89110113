package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code storyline cluster --jsonl}: the labelled seed articles come out in their labelled stories. */
class ClusterCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theSeedArticlesFormTheirLabelledStories() throws IOException {
        Path input = dir.resolve("seeds.jsonl");
        try (InputStream in = getClass().getResourceAsStream("/cluster/seed-articles.jsonl")) {
            Files.copy(in, input);
        }
        var run = Fixtures.cli("cluster", "--jsonl", input.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, String> story = new HashMap<>();
        for (String line : run.out().split("\n")) {
            JsonNode node = JSON.readTree(line);
            story.put(node.get("id").asText(), node.get("story").asText());
        }
        Map<String, Set<String>> expected = new HashMap<>();
        Map<String, Set<String>> actual = new HashMap<>();
        for (String line : Files.readAllLines(input)) {
            JsonNode node = JSON.readTree(line);
            String id = node.get("id").asText();
            expected.computeIfAbsent(node.get("expected_story").asText(), k -> new HashSet<>()).add(id);
            actual.computeIfAbsent(story.get(id), k -> new HashSet<>()).add(id);
        }
        assertThat(new HashSet<>(actual.values())).isEqualTo(new HashSet<>(expected.values()));
    }

    @Test
    void aBadLineIsNamed() throws IOException {
        Path input = Files.writeString(dir.resolve("bad.jsonl"), "{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\"}\n");
        var run = Fixtures.cli("cluster", "--jsonl", input.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("line 2").contains("needs \"id\" and \"text\"");
    }
}
