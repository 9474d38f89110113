package org.storyline.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.storyline.cluster.ClusterInput;
import org.storyline.cluster.ClusterSettings;
import org.storyline.cluster.StoryClusterer;
import org.storyline.model.Published;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code storyline cluster --jsonl IN}: the story clusterer on its own, for evaluation. Reads
 * {@code {"id","text"}} lines (optional {@code title}, {@code published}), writes {@code {"id","story"}} lines in
 * input order, stories merged along the way applied to every line. No store.
 */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = "Cluster JSON lines {\"id\",\"text\"[,\"title\",\"published\"]} into stories; writes {\"id\",\"story\"} lines.")
final class ClusterCommand implements Callable<Integer> {

    @Option(names = "--jsonl", required = true, paramLabel = "IN", description = "Input file, or - for standard input.")
    private String input;

    @Option(names = "--headlines", description = "Settings for headline-only input (lower thresholds).")
    private boolean headlines;

    @Override
    public Integer call() throws IOException {
        ObjectMapper json = new ObjectMapper();
        StoryClusterer clusterer = new StoryClusterer(headlines ? ClusterSettings.forHeadlines() : ClusterSettings.defaults());
        Map<String, String> storyOf = new LinkedHashMap<>();
        Map<String, List<String>> members = new LinkedHashMap<>();
        int lineNumber = 0;
        try (BufferedReader in = reader()) {
            for (String line; (line = in.readLine()) != null; ) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                ClusterInput article = parse(json, line, lineNumber);
                String story = clusterer.assign(article);
                storyOf.put(article.articleId(), story);
                members.computeIfAbsent(story, s -> new ArrayList<>()).add(article.articleId());
                clusterer.takeMerges().forEach((gone, kept) -> relabel(gone, kept, storyOf, members));
            }
        }
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        for (Map.Entry<String, String> e : storyOf.entrySet()) {
            out.println(json.writeValueAsString(Map.of("id", e.getKey(), "story", e.getValue())));
        }
        out.flush();
        return 0;
    }

    /** Moves a merged story's articles to the story that absorbed it, in time proportional to their number. */
    private static void relabel(String gone, String kept, Map<String, String> storyOf, Map<String, List<String>> members) {
        List<String> moved = members.remove(gone);
        if (moved != null) {
            moved.forEach(id -> storyOf.put(id, kept));
            members.computeIfAbsent(kept, s -> new ArrayList<>()).addAll(moved);
        }
    }

    private static ClusterInput parse(ObjectMapper json, String line, int number) {
        try {
            JsonNode node = json.readTree(line);
            String id = node.path("id").asText(null);
            String text = node.path("text").asText(null);
            if (id == null || text == null) {
                throw new IllegalArgumentException("line %d: needs \"id\" and \"text\"".formatted(number));
            }
            String title = node.path("title").asText("");
            String published = node.path("published").asText(null);
            Instant at = published == null ? null : Published.parseIso(published, false).instant();
            return new ClusterInput(id, title, text, at);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("line %d: %s".formatted(number, e.getMessage()), e);
        }
    }

    private BufferedReader reader() throws IOException {
        return input.equals("-") ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(Path.of(input), StandardCharsets.UTF_8);
    }
}
