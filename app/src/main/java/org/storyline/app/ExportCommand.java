package org.storyline.app;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.storyline.export.EntityRecords;
import org.storyline.export.JsonRecords;
import org.storyline.model.Story;
import org.storyline.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code storyline export --what articles|stories|entities|quotes|events|claims --format jsonl}: the store as JSON
 * lines; entities with type, aliases and roles; quotes with their speaker; events and claims are each story's
 * timeline and its counts and accounts with the outlets behind each value.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the store's articles, stories, entities, quotes, events or claims.")
final class ExportCommand implements Callable<Integer> {

    enum What { articles, stories, entities, quotes, events, claims }

    enum Format { jsonl }

    @Mixin
    private CommonOptions common;

    @Option(names = "--what", required = true, paramLabel = "KIND",
            description = "articles, stories, entities, quotes, events or claims")
    private What what;

    @Option(names = "--format", defaultValue = "jsonl", paramLabel = "FORMAT", description = "jsonl (one JSON object per line)")
    private Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    private Path output;

    /** Records written so far: said when damage stops the export part-way. */
    private long written;

    @Override
    public Integer call() throws IOException {
        ObjectMapper json = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        Writer opened;
        try {
            opened = output == null ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                    : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            Path folder = output.toAbsolutePath().getParent();
            String why = folder != null && !Files.isDirectory(folder) ? "the folder " + folder + " does not exist"
                    : Problems.of(e);
            System.err.println("storyline: cannot write " + Terminal.safe(output.toString()) + ": " + Terminal.safe(why));
            return 1;
        }
        try (ArticleStore store = Backends.store(common.config()); Writer out = opened) {
            return export(store, out, json);
        } catch (RuntimeException e) {
            if (StoreDamage.is(e)) {
                System.err.printf("storyline: the export stopped after %d %s: the rest of the store cannot be read%n",
                        written, what);
            }
            throw e;
        }
    }

    private int export(ArticleStore store, Writer out, ObjectMapper json) throws IOException {
        if (what == What.articles) {
            store.forEachArticle(article -> line(json, out, JsonRecords.article(article)));
        } else if (what == What.entities || what == What.quotes) {
            if (what == What.entities) {
                EntityRecords.entities(store.entities(), object -> line(json, out, object));
            } else {
                EntityRecords.quotes(store.entities(), object -> line(json, out, object));
            }
        } else if (what == What.events || what == What.claims) {
            var analyses = new org.storyline.pipeline.StoryAnalyses(store); // what the story pages show
            for (Story story : store.stories(Integer.MAX_VALUE, 0)) {
                var analysis = analyses.of(story.id()).orElseThrow();
                (what == What.events ? org.storyline.export.AnalysisRecords.events(story.id(), analysis)
                        : org.storyline.export.AnalysisRecords.claims(story.id(), analysis))
                        .forEach(object -> line(json, out, object));
            }
        } else {
            for (Story story : store.stories(Integer.MAX_VALUE, 0)) {
                line(json, out, JsonRecords.story(story, store.articleIdsOfStory(story.id())));
            }
        }
        out.flush();
        return 0;
    }

    private void line(ObjectMapper json, Writer out, Map<String, Object> object) {
        written++;
        try {
            out.write(json.writeValueAsString(object));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("export: cannot write", e);
        }
    }
}
