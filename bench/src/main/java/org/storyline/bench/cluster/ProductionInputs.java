package org.storyline.bench.cluster;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.storyline.cluster.ClusterInput;
import org.storyline.cluster.StoryModelTrainer;
import org.storyline.embed.SentenceEmbedder;
import org.storyline.enrich.entity.EntityExtractor;
import org.storyline.extract.html.Extraction;
import org.storyline.extract.html.HtmlExtractor;
import org.storyline.model.ParsedArticle;
import org.storyline.pipeline.ClusterInputs;
import org.storyline.text.StableHash;

/**
 * A labelled set as the clusterer sees it at ingest, for fitting the story model: each article written as the
 * page {@link ProductionRun} ingests, read back by the HTML extractor as ingest reads a file (no page address, the
 * same capture time), its names found by the entity stage and
 * its embedding taken as ingest takes it ({@link ClusterInputs}).
 *
 * <p>With {@code -Dinputs.cache=DIR} the inputs of a set are kept in DIR, named by a hash of the set's items, so
 * that a sweep over clusterer variants does not extract, recognise and embed the same articles again; delete
 * the folder after changing extraction, entities or the embedder.
 */
final class ProductionInputs {

    private final HtmlExtractor html = new HtmlExtractor();
    private final EntityExtractor entities = new EntityExtractor();
    private SentenceEmbedder embedder;

    List<StoryModelTrainer.Labelled> of(LabelledArticles set) throws IOException {
        String dir = System.getProperty("inputs.cache");
        if (dir == null) {
            return compute(set);
        }
        StringBuilder key = new StringBuilder();
        set.items().forEach(i -> key.append(i.id()).append('|').append(i.title()).append('|').append(i.text())
                .append('|').append(i.published()).append('|').append(i.story()).append('\n'));
        Path file = Path.of(dir).resolve(StableHash.sha256Hex(key.toString().getBytes(StandardCharsets.UTF_8)) + ".bin");
        if (Files.exists(file)) {
            return read(file);
        }
        List<StoryModelTrainer.Labelled> out = compute(set);
        Files.createDirectories(file.getParent());
        Path part = file.resolveSibling(file.getFileName() + ".part");
        write(out, part);
        Files.move(part, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return out;
    }

    private List<StoryModelTrainer.Labelled> compute(LabelledArticles set) {
        if (embedder == null) {
            embedder = new SentenceEmbedder();
        }
        List<StoryModelTrainer.Labelled> out = new ArrayList<>();
        for (LabelledArticles.Item item : set.items()) {
            // Read as ingest reads the file ProductionRun writes: no page address, the same capture time.
            Extraction e = html.extract(ProductionRun.page(item), null, ProductionRun.CAPTURED);
            ParsedArticle p = html.toArticle(e, null).orElse(null);
            String title = p == null ? "" : p.title();
            String text = p == null ? item.text() : p.text();
            ClusterInput input = new ClusterInput(item.id(), title, text,
                    p == null || p.published() == null ? null : p.published().instant(),
                    ClusterInputs.names(entities, text, "en"));
            out.add(new StoryModelTrainer.Labelled(input, embedder.embed(title, text), item.story()));
        }
        return out;
    }

    private static void write(List<StoryModelTrainer.Labelled> items, Path file) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            out.writeInt(items.size());
            for (StoryModelTrainer.Labelled l : items) {
                ClusterInput in = l.input();
                out.writeUTF(in.articleId());
                writeLong(out, in.title());
                writeLong(out, in.text());
                out.writeLong(in.published() == null ? Long.MIN_VALUE : in.published().getEpochSecond());
                for (List<String> names : List.of(in.names().people(), in.names().places(), in.names().organisations())) {
                    out.writeInt(names.size());
                    for (String n : names) {
                        out.writeUTF(n);
                    }
                }
                out.writeInt(l.dense() == null ? -1 : l.dense().length);
                if (l.dense() != null) {
                    for (float f : l.dense()) {
                        out.writeFloat(f);
                    }
                }
                out.writeUTF(l.story());
            }
        }
    }

    private static List<StoryModelTrainer.Labelled> read(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            int n = in.readInt();
            List<StoryModelTrainer.Labelled> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String id = in.readUTF();
                String title = readLong(in);
                String text = readLong(in);
                long published = in.readLong();
                List<List<String>> names = new ArrayList<>();
                for (int type = 0; type < 3; type++) {
                    int count = in.readInt();
                    List<String> keys = new ArrayList<>(count);
                    for (int k = 0; k < count; k++) {
                        keys.add(in.readUTF());
                    }
                    names.add(keys);
                }
                int length = in.readInt();
                float[] dense = length < 0 ? null : new float[length];
                for (int k = 0; k < length; k++) {
                    dense[k] = in.readFloat();
                }
                ClusterInput input = new ClusterInput(id, title, text,
                        published == Long.MIN_VALUE ? null : Instant.ofEpochSecond(published),
                        new ClusterInput.Names(names.get(0), names.get(1), names.get(2)));
                out.add(new StoryModelTrainer.Labelled(input, dense, in.readUTF()));
            }
            return out;
        }
    }

    private static void writeLong(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readLong(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
