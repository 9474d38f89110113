package org.storyline.bench.intel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.storyline.enrich.LanguageGuesser;
import org.storyline.enrich.summary.Rouge;
import org.storyline.enrich.summary.SummaryInput;
import org.storyline.enrich.summary.Summarizer;
import org.storyline.enrich.timeline.SentenceSplitter;

/**
 * Summary quality by ROUGE-1/2 against the pages' own standfirsts, and language-guess accuracy, on the
 * Readability test corpus (Mozilla's test-pages: source.html, expected.html, expected-metadata.json).
 *
 * <pre>
 * bin/bench SummaryBench ../shared/bench/extraction-readability/test-pages
 * </pre>
 *
 * The reference is the page's excerpt: the description an editor wrote for it (og:description or the like),
 * the nearest thing to a human summary a free corpus offers. Readability falls back to the first paragraph when a
 * page has none; those pages (excerpt = start of the body) are reported apart, since lead baselines copy them.
 * The body is the text of expected.html's paragraphs. Systems: the article paragraph (3 sentences), our best
 * single sentence, and the lead-1 and lead-3 baselines.
 */
public final class SummaryBench {

    private record Page(String name, String text, String excerpt, String lang, boolean excerptFromBody) {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: SummaryBench READABILITY_TEST_PAGES_DIR");
            System.exit(2);
        }
        List<Page> pages = read(Path.of(args[0]));
        SentenceSplitter sentences = new SentenceSplitter();
        Summarizer summarizer = new Summarizer(sentences);
        List<Page> english = pages.stream().filter(p -> p.lang().startsWith("en") && !p.excerpt().isBlank()
                && p.text().length() > 400).toList();
        List<Page> written = english.stream().filter(p -> !p.excerptFromBody()).toList();
        System.out.printf("%d pages; %d English with an excerpt; %d of them with an excerpt not copied from the body%n",
                pages.size(), english.size(), written.size());
        List<String> names = List.of("paragraph (3 sentences)", "best sentence", "lead-1", "lead-3");
        List<Function<Page, String>> systems = List.of(
                p -> summarizer.paragraph(new SummaryInput(p.name(), p.text()), 3),
                p -> summarizer.paragraph(new SummaryInput(p.name(), p.text()), 1),
                p -> lead(sentences, p.text(), 1),
                p -> lead(sentences, p.text(), 3));
        for (var subset : List.of(english, written)) {
            System.out.println(subset == english ? "\nall English pages:" : "\nexcerpt written apart from the body:");
            System.out.printf("  %-24s %6s %6s %6s   %6s %6s %6s%n", "system", "R1-R", "R1-P", "R1-F", "R2-R", "R2-P", "R2-F");
            for (int s = 0; s < systems.size(); s++) {
                double[] sum = new double[6];
                for (Page p : subset) {
                    String summary = systems.get(s).apply(p);
                    Rouge.Score r1 = Rouge.score(1, summary, p.excerpt());
                    Rouge.Score r2 = Rouge.score(2, summary, p.excerpt());
                    double[] v = {r1.recall(), r1.precision(), r1.f1(), r2.recall(), r2.precision(), r2.f1()};
                    for (int i = 0; i < 6; i++) {
                        sum[i] += v[i];
                    }
                }
                int n = Math.max(1, subset.size());
                System.out.printf("  %-24s %6.3f %6.3f %6.3f   %6.3f %6.3f %6.3f%n", names.get(s), sum[0] / n, sum[1] / n,
                        sum[2] / n, sum[3] / n, sum[4] / n, sum[5] / n);
            }
        }
        languages(pages);
    }

    private static void languages(List<Page> pages) {
        LanguageGuesser guesser = new LanguageGuesser();
        int total = 0;
        int right = 0;
        int unsure = 0;
        List<String> wrong = new ArrayList<>();
        for (Page p : pages) {
            if (p.lang().isBlank() || p.text().length() < 200) {
                continue;
            }
            String expected = p.lang().toLowerCase(Locale.ROOT).split("[-_]")[0];
            String guess = guesser.guess(p.text());
            total++;
            if (guess == null) {
                unsure++;
            } else if (guess.equals(expected)) {
                right++;
            } else {
                wrong.add(p.name() + " " + expected + "→" + guess);
            }
        }
        System.out.printf("%nlanguage: %d pages with a declared language; %d right, %d unsure (null), %d wrong %s%n",
                total, right, unsure, wrong.size(), wrong);
        System.out.printf("  accuracy %.3f; precision of answers given %.3f%n", (double) right / total,
                (double) right / Math.max(1, total - unsure));
    }

    private static String lead(SentenceSplitter sentences, String text, int n) {
        List<String> s = sentences.split(text).stream().filter(x -> x.split("\\s+").length >= 5).toList();
        return String.join(" ", s.subList(0, Math.min(n, s.size())));
    }

    private static List<Page> read(Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Page> out = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path page : list.sorted().toList()) {
                Path meta = page.resolve("expected-metadata.json");
                Path html = page.resolve("expected.html");
                if (!Files.isRegularFile(meta) || !Files.isRegularFile(html)) {
                    continue;
                }
                JsonNode m = json.readTree(meta.toFile());
                List<String> paragraphs = new ArrayList<>();
                for (Element p : Jsoup.parse(Files.readString(html)).select("p")) {
                    String t = p.text().strip();
                    if (!t.isEmpty()) {
                        paragraphs.add(t);
                    }
                }
                String text = String.join("\n\n", paragraphs);
                String excerpt = m.path("excerpt").asText("").strip();
                String flat = text.replaceAll("\\s+", " ");
                boolean fromBody = !excerpt.isEmpty() && flat.startsWith(excerpt.replaceAll("\\s+", " ")
                        .substring(0, Math.min(60, excerpt.length())));
                out.add(new Page(page.getFileName().toString(), text, excerpt, m.path("lang").asText(""), fromBody));
            }
        }
        return out;
    }
}
