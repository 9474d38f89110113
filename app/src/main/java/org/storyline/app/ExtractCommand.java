package org.storyline.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.storyline.extract.html.Extraction;
import org.storyline.extract.html.HtmlExtractor;
import org.storyline.source.HtmlFileReader;
import org.storyline.source.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code storyline extract FILE|DIR...}: the article of each saved page, one JSON object per line. No store. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print the article of each saved page (.html, .html.gz) as one JSON line: file, title, byline,"
                + " published, language, url, text.")
final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR",
            description = "Saved pages (.html, .htm, .html.gz), or folders of them (walked recursively).")
    private List<Path> inputs;

    @Option(names = "--max-bytes", defaultValue = "16777216", paramLabel = "BYTES",
            description = "Largest page accepted, in bytes after decompression (default: ${DEFAULT-VALUE}, 16 MiB).")
    private long maxBytes;

    @Override
    public Integer call() throws IOException {
        ObjectMapper json = new ObjectMapper();
        HtmlExtractor extractor = new HtmlExtractor();
        HtmlFileReader reader = new HtmlFileReader(maxBytes);
        int errors = 0;
        for (Path file : files()) {
            switch (reader.read(file, null)) {
                case ReadResult.Failed failed -> {
                    System.err.println("storyline: " + failed.failure());
                    errors++;
                }
                case ReadResult.Read read -> System.out.println(json.writeValueAsString(
                        record(file, extractor.extract(read.document().content(), null))));
            }
        }
        System.out.flush();
        return errors == 0 ? 0 : 1;
    }

    private static Map<String, Object> record(Path file, Extraction e) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", file.toString());
        out.put("title", e.title());
        out.put("byline", e.byline());
        out.put("published", e.published() == null ? null : e.published().iso());
        out.put("language", e.language());
        URI url = e.canonical();
        out.put("url", url == null ? null : url.toString());
        out.put("outlet", e.outlet());
        out.put("text", e.text());
        return out;
    }

    private List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).filter(HtmlFileReader::isHtml).sorted().forEach(files::add);
                }
            } else {
                files.add(input); // a missing or odd file is reported by the reader
            }
        }
        return files;
    }
}
