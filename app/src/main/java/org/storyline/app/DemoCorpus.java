package org.storyline.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The bundled demo corpus: the five seed pages (see {@code demo/SOURCES.md}), loaded into an empty store so
 * that a new user sees real stories on first start.
 */
final class DemoCorpus {

    private static final String FOLDER = "/demo/";

    private DemoCorpus() {
    }

    /** Ingests every demo page; returns the summary. */
    static IngestSummary load(Ingestion ingestion) {
        Properties captured = new Properties();
        try (InputStream in = resource("demo.properties")) {
            captured.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("demo: cannot read demo.properties", e);
        }
        IngestSummary summary = new IngestSummary();
        for (String name : names()) {
            Instant at = Instant.parse(captured.getProperty(name, captured.getProperty("default")));
            try (InputStream in = resource(name)) {
                summary.add(ingestion.ingestBytes("demo/" + name, in.readAllBytes(), at));
            } catch (IOException e) {
                throw new UncheckedIOException("demo: cannot read " + name, e);
            }
        }
        return summary;
    }

    private static List<String> names() {
        try (InputStream in = resource("index.txt")) {
            List<String> names = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    names.add(line.trim());
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException("demo: cannot read index.txt", e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = DemoCorpus.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IOException("demo corpus file missing from the build: " + name);
        }
        return in;
    }
}
