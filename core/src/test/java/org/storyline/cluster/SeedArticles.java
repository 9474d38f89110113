package org.storyline.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Labelled articles read from a JSON-lines test resource: id, title, text, published, expected_story. */
public record SeedArticles(List<Labelled> articles) {

    /** One article and the story it belongs to. */
    public record Labelled(ClusterInput input, String expectedStory) {
    }

    /** Reads {@code resource} from the test class path. */
    public static SeedArticles read(String resource) {
        ObjectMapper json = new ObjectMapper();
        List<Labelled> out = new ArrayList<>();
        try (InputStream in = SeedArticles.class.getResourceAsStream(resource);
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    out.add(parse(json.readTree(line)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("test fixture " + resource, e);
        }
        return new SeedArticles(List.copyOf(out));
    }

    /** The article with this id. */
    public Labelled byId(String id) {
        return articles.stream().filter(a -> a.input().articleId().equals(id)).findFirst().orElseThrow();
    }

    private static Labelled parse(JsonNode node) {
        JsonNode published = node.path("published");
        ClusterInput input = new ClusterInput(node.get("id").asText(), node.path("title").asText(""),
                node.path("text").asText(""), published.isTextual() ? Instant.parse(published.asText()) : null);
        return new Labelled(input, node.path("expected_story").asText());
    }
}
