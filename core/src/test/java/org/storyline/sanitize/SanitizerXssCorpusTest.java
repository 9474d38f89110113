package org.storyline.sanitize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Classic XSS payloads (resources/sanitize/xss-payloads.txt) through the sanitiser; the output is parsed with
 * jsoup, as a browser would, and checked element by element. The outputs are written to
 * {@code target/xss-corpus-output.txt} for review.
 */
class SanitizerXssCorpusTest {

    private static final ArticleHtmlSanitizer SANITIZER = new ArticleHtmlSanitizer(ArticleHtmlSanitizer.Settings.defaults());
    private static final URI PAGE = URI.create("https://news.example/2025/03/story.html");
    private static final List<String> REVIEW = new ArrayList<>();

    static List<String> payloads() {
        try (InputStream in = SanitizerXssCorpusTest.class.getResourceAsStream("/sanitize/xss-payloads.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(SanitizerXssCorpusTest::unescape).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void comesOutHarmless(String payload) {
        String out = SANITIZER.sanitize(payload, PAGE);
        REVIEW.add(payload.replace("\n", "\\n") + "\n  => " + out + "\n");
        assertHarmless(out);
        assertThat(SANITIZER.sanitize(out, PAGE)).as("idempotent").isEqualTo(out);
    }

    /** The checks, shared with the property tests. */
    static void assertHarmless(String out) {
        String lower = out.toLowerCase(Locale.ROOT);
        assertThat(lower).doesNotContain("<script", "<style", "<form", "<input", "<button", "<object", "<embed",
                "<svg", "<math", "<meta", "<base", "<link", "<template", "<noscript", "<frame");
        for (Element element : Jsoup.parseBodyFragment(out).body().getAllElements()) {
            if (element.tagName().equals("body")) {
                continue;
            }
            assertThat(ArticleHtmlSanitizer.ELEMENTS).as(out).contains(element.tagName());
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                assertThat(key).as(out).doesNotStartWith("on").isNotIn("style", "id", "srcdoc", "formaction", "target");
                if (key.equals("class")) {
                    assertThat(element.tagName()).isEqualTo("code");
                    assertThat(attribute.getValue()).startsWith("language-");
                }
                String value = attribute.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
                assertThat(value).as(out).doesNotContain("javascript:", "vbscript:", "data:", "expression(");
            }
            if (element.tagName().equals("iframe")) {
                assertThat(element.attr("src")).as(out).startsWith("https://www.youtube-nocookie.com/");
                assertThat(element.attr("sandbox")).isEqualTo("allow-scripts allow-same-origin allow-presentation");
            }
            if (element.tagName().equals("a") && element.hasAttr("href")) {
                assertThat(element.attr("rel").split(" ")).containsExactlyInAnyOrder("noopener", "noreferrer", "nofollow");
            }
        }
    }

    @AfterAll
    static void writeReview() throws IOException {
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            Files.writeString(target.resolve("xss-corpus-output.txt"), String.join("\n", REVIEW));
        }
    }

    private static String unescape(String line) {
        var out = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '\\' || i + 1 == line.length()) {
                out.append(c);
                continue;
            }
            char next = line.charAt(++i);
            out.append(switch (next) {
                case 't' -> '\t';
                case 'n' -> '\n';
                case 'r' -> '\r';
                case '0' -> '\0';
                default -> next;
            });
        }
        return out.toString();
    }
}
