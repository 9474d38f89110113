package org.storyline.extract.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.storyline.model.ParsedArticle;
import org.storyline.model.RawDocument;
import org.storyline.text.Words;

/** Laws of the parser over pages made by shuffling and mixing the seeds' own lines with noise. */
class DumpParserPropertiesTest {

    private static final List<String> SEED_LINES = seedLines();

    private static List<ParsedArticle> parse(String content) {
        return new DumpParser().parse(new RawDocument("p", RawDocument.Format.TEXT_DUMP, content,
                Instant.parse("2025-07-04T12:00:00Z"), false));
    }

    @Property(tries = 200, seed = "20250704")
    void neverThrowsAndNeverReturnsABlankArticle(@ForAll("pages") String page) {
        assertThat(parse(page)).allSatisfy(a -> {
            assertThat(a.title()).isNotBlank();
            assertThat(a.text()).isNotBlank();
            assertThat(a.text()).doesNotContain("\n\n\n");
        });
    }

    @Property(tries = 100, seed = "20250704")
    void onlyRemovesNeverInventsWords(@ForAll("pages") String page) {
        Set<String> input = new HashSet<>(Words.of(page));
        for (ParsedArticle article : parse(page)) {
            assertThat(input).containsAll(Words.of(article.text())).containsAll(Words.of(article.title()));
        }
    }

    @Property(tries = 50, seed = "20250704")
    void isDeterministic(@ForAll("pages") String page) {
        assertThat(parse(page)).isEqualTo(parse(page));
    }

    @Provide
    Arbitrary<String> pages() {
        Arbitrary<String> line = Arbitraries.oneOf(
                Arbitraries.of(SEED_LINES),
                Arbitraries.just(""),
                Arbitraries.strings().ofMaxLength(80),
                Arbitraries.of("a day ago", "- Politics", "• Newsweek", "02-07-2025", "Related Articles", "#Tag"));
        return line.list().ofMaxSize(40).map(lines -> String.join("\n", lines));
    }

    private static List<String> seedLines() {
        List<String> lines = new ArrayList<>();
        try (var files = Files.list(Path.of("src/test/resources/seeds"))) {
            for (Path seed : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                lines.addAll(Files.readString(seed, StandardCharsets.UTF_8).lines().toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
