package org.storyline.bench.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.storyline.cluster.ClusterInput;

/**
 * The Google News clustering set: JSON lines {"id", "text", "story"}; the text is a headline, already
 * lower-cased with stop words removed, so it is given to the clusterer as the title.
 */
record LabelledSnippets(List<ClusterInput> inputs, List<String> stories) {

    static LabelledSnippets read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<ClusterInput> inputs = new ArrayList<>();
        List<String> stories = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                JsonNode node = json.readTree(line);
                inputs.add(new ClusterInput(node.get("id").asText(), node.get("text").asText(), "", null));
                stories.add(node.get("story").asText());
            }
        }
        return new LabelledSnippets(List.copyOf(inputs), List.copyOf(stories));
    }

    /** Every second item starting at {@code start} (0 or 1): two disjoint halves for tuning and testing. */
    LabelledSnippets half(int start) {
        List<ClusterInput> i = new ArrayList<>();
        List<String> s = new ArrayList<>();
        for (int k = start; k < inputs.size(); k += 2) {
            i.add(inputs.get(k));
            s.add(stories.get(k));
        }
        return new LabelledSnippets(i, s);
    }
}
