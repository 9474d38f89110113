package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code storyline ingest} and {@code export} on the seed pages and on every kind of bad input. */
class IngestCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void ingestsTheSeedsAndExportsArticlesWithEveryRequiredField() throws IOException {
        Path data = dir.resolve("data");
        var run = Fixtures.cli("ingest", Fixtures.seeds(dir.resolve("seeds")).toString(), "--data", data.toString(),
                "--captured-at", "2025-07-04T12:00Z");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("5 files:").contains("0 errors");
        List<JsonNode> articles = export(data, "articles");
        assertThat(articles).isNotEmpty().allSatisfy(a -> assertThat(a.fieldNames()).toIterable().contains(
                "id", "title", "source", "url", "published", "published_approx", "section", "hashtags", "text",
                "duplicate_of", "story"));
        assertThat(articles).allSatisfy(a -> {
            assertThat(a.get("title").asText()).isNotBlank().doesNotContain(" – DW – ");
            assertThat(a.get("text").asText()).isNotBlank();
            assertThat(a.get("published_approx").asBoolean()).isFalse();
        });
        JsonNode dw = find(articles, "Is Moscow losing Azerbaijan as an ally?");
        assertThat(dw.get("source").asText()).isEqualTo("DW");
        assertThat(dw.get("published").asText()).isEqualTo("2025-07-03");
        assertThat(dw.get("section").asText()).isEqualTo("Politics");
        assertThat(dw.get("hashtags")).extracting(JsonNode::asText).contains("SputnikAzerbaijan");
        assertThat(articles).anySatisfy(a -> assertThat(a.get("duplicate_of").isNull()).isFalse());
    }

    @Test
    void theSeedsFormTheRightStories() throws IOException {
        Path data = dir.resolve("data");
        Fixtures.cli("ingest", Fixtures.seeds(dir.resolve("seeds")).toString(), "--data", data.toString(),
                "--captured-at", "2025-07-04T12:00Z");
        List<JsonNode> articles = export(data, "articles");
        String rift = find(articles, "Is Moscow losing Azerbaijan as an ally?").get("story").asText();
        for (String title : List.of("Baku blocking consular access to jailed Russians",
                "The South Caucasus is slipping from Russia's grasp",
                "Azerbaijan detains 7 linked to a Russian media outlet as a rift between Baku and Moscow deepens",
                "Moscow working to release journalists detained in Baku")) {
            assertThat(find(articles, title).get("story").asText()).as(title).isEqualTo(rift);
        }
        String call = find(articles, "no progress").get("story").asText();
        assertThat(find(articles, "Donald Trump Reveals Details of Vladimir Putin Call").get("story").asText())
                .isEqualTo(call).isNotEqualTo(rift);
        assertThat(find(articles, "BRICS").get("story").asText()).isNotIn(rift, call);
        List<JsonNode> stories = export(data, "stories");
        assertThat(stories).allSatisfy(s -> assertThat(s.fieldNames()).toIterable()
                .contains("id", "title", "articles", "first_published", "last_published"));
    }

    @Test
    void ingestingTheSameInputTwiceChangesNothing() throws IOException {
        Path data = dir.resolve("data");
        Path seeds = Fixtures.seeds(dir.resolve("seeds"));
        Fixtures.cli("ingest", seeds.toString(), "--data", data.toString(), "--captured-at", "2025-07-04T12:00Z");
        String articles = Fixtures.cli("export", "--what", "articles", "--data", data.toString()).out();
        String stories = Fixtures.cli("export", "--what", "stories", "--data", data.toString()).out();
        var again = Fixtures.cli("ingest", seeds.toString(), "--data", data.toString(), "--captured-at", "2025-07-04T12:00Z");
        assertThat(again.out()).contains("0 new articles").contains("5 files unchanged");
        assertThat(Fixtures.cli("export", "--what", "articles", "--data", data.toString()).out()).isEqualTo(articles);
        assertThat(Fixtures.cli("export", "--what", "stories", "--data", data.toString()).out()).isEqualTo(stories);
    }

    @Test
    void withoutACaptureTimeRelativeDatesAreMarkedApproximate() throws IOException {
        Path data = dir.resolve("data");
        Path seeds = Fixtures.seeds(dir.resolve("seeds"));
        Fixtures.cli("ingest", seeds.resolve(Fixtures.SEEDS.get(0)).toString(), "--data", data.toString());
        assertThat(export(data, "articles")).filteredOn(a -> !a.get("published").isNull())
                .isNotEmpty().allSatisfy(a -> assertThat(a.get("published_approx").asBoolean()).isTrue());
    }

    @Test
    void everyBadInputIsNamedWithItsProblemAndTheRestOfTheBatchGoesOn() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a-good.txt"), Fixtures.seed(Fixtures.SEEDS.get(1)));
        Files.write(in.resolve("b-empty.txt"), new byte[0]);
        Files.write(in.resolve("c-binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        try (var huge = new RandomAccessFile(in.resolve("d-huge.txt").toFile(), "rw")) {
            huge.setLength(50L * 1024 * 1024);
        }
        Files.write(in.resolve("e-latin1.txt"), "Caf\u00e9 au lait\n\nUne phrase.".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(in.resolve("f-furniture.txt"), "Comments\nNo comments yet...\nDownload the app\nSign in\n");
        Path data = dir.resolve("data");
        var run = Fixtures.cli("ingest", in.toString(), dir.resolve("g-missing.txt").toString(),
                "--data", data.toString(), "--captured-at", "2025-07-10T12:00Z");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("b-empty.txt: empty file").contains("c-binary.txt: binary file")
                .contains("d-huge.txt: too large").contains("e-latin1.txt: not UTF-8 text")
                .contains("f-furniture.txt: no recognisable article").contains("g-missing.txt: no such file");
        assertThat(run.out()).contains("7 files:").contains("6 errors");
        assertThat(export(data, "articles")).isNotEmpty()
                .allSatisfy(a -> assertThat(a.get("origin").asText()).endsWith("a-good.txt"));
    }

    @Test
    void aBadCaptureTimeIsExplained() {
        var run = Fixtures.cli("ingest", "x.txt", "--captured-at", "yesterday", "--data", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("'yesterday' is not a time");
    }

    private static JsonNode find(List<JsonNode> articles, String titlePart) {
        return articles.stream().filter(a -> a.get("title").asText().contains(titlePart)).findFirst()
                .orElseThrow(() -> new AssertionError("no article titled like: " + titlePart));
    }

    private static List<JsonNode> export(Path data, String what) throws IOException {
        var run = Fixtures.cli("export", "--what", what, "--format", "jsonl", "--data", data.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : run.out().split("\n")) {
            if (!line.isBlank()) {
                nodes.add(JSON.readTree(line));
            }
        }
        return nodes;
    }
}
