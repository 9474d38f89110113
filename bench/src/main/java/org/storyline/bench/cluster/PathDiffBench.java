package org.storyline.bench.cluster;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.storyline.cluster.ClusteringScores;
import org.storyline.cluster.StoryModel;
import org.storyline.cluster.StoryModelTrainer;
import org.storyline.config.StorylineConfig;
import org.storyline.embed.SentenceEmbedder;
import org.storyline.model.RawDocument;
import org.storyline.model.StoredArticle;
import org.storyline.pipeline.Pipeline;
import org.storyline.store.ArticleStore;
import org.storyline.store.SqliteArticleStore;
import org.storyline.text.StableHash;

/**
 * Article by article, where the production path ({@link ProductionRun}) and the fitting harness's in-memory replay
 * ({@link StoryModelTrainer#cluster}) place one set differently, with what the store kept of each article (a copy
 * folded by the dedup stage, its published time and text against the harness's input).
 *
 * <pre>
 * bin/bench PathDiffBench /work/shared/bench/stories/gvc-dev.jsonl 1
 * </pre>
 */
public final class PathDiffBench {

    private PathDiffBench() {
    }

    public static void main(String[] args) throws Exception {
        LabelledArticles all = LabelledArticles.read(Path.of(args[0]));
        LabelledArticles set = args.length > 1 ? all.part(Integer.parseInt(args[1])) : all;
        List<StoryModelTrainer.Labelled> inputs = new ProductionInputs().of(set);
        List<String> harness = StoryModelTrainer.cluster(StoryModel.shipped(true), inputs, true);
        Path data = Files.createTempDirectory("pathdiff");
        Map<String, StoredArticle> stored = new HashMap<>();
        try (ArticleStore store = SqliteArticleStore.open(data)) {
            boolean embeddings = StorylineConfig.load(null, Map.of(), data.toString()).embeddings();
            Pipeline pipeline = Pipeline.open(store, null, embeddings ? new SentenceEmbedder() : null);
            for (LabelledArticles.Item item : set.items()) {
                String html = ProductionRun.page(item);
                pipeline.ingest(new RawDocument("bench/" + item.id() + ".html", RawDocument.Format.HTML, html,
                        ProductionRun.CAPTURED, true), StableHash.sha256Hex(html.getBytes(StandardCharsets.UTF_8)));
            }
            store.forEachArticle(a -> stored.put(String.valueOf(a.article().url()), a));
        }
        List<String> production = new ArrayList<>();
        int copies = 0;
        int timeDiff = 0;
        int textDiff = 0;
        for (int i = 0; i < set.items().size(); i++) {
            LabelledArticles.Item item = set.items().get(i);
            StoredArticle s = stored.get(ProductionRun.url(item).toString());
            production.add(s == null ? "refused|" + item.id() : s.storyId());
            if (s == null) {
                System.out.println("refused " + item.id());
                continue;
            }
            var in = inputs.get(i).input();
            Instant p = s.article().published() == null ? null : s.article().published().instant();
            if (s.isCopy()) {
                copies++;
                System.out.println("copy " + item.id() + " of " + s.duplicateOf() + " story " + item.story());
            }
            if (!Objects.equals(p, in.published())) {
                timeDiff++;
                System.out.println("time " + item.id() + " stored " + p + " harness " + in.published());
            }
            if (!s.article().text().equals(in.text()) || !Objects.equals(s.article().title(), in.title())) {
                textDiff++;
                System.out.println("text " + item.id() + " stored " + s.article().text().length() + " harness "
                        + in.text().length() + " title " + s.article().title() + " | " + in.title());
            }
        }
        System.out.printf("copies %d, time differs %d, text or title differs %d%n", copies, timeDiff, textDiff);
        for (int i = 0; i < set.items().size(); i++) {
            TreeSet<String> a = new TreeSet<>();
            TreeSet<String> b = new TreeSet<>();
            for (int j = 0; j < set.items().size(); j++) {
                if (production.get(j).equals(production.get(i))) {
                    a.add(set.items().get(j).id());
                }
                if (harness.get(j).equals(harness.get(i))) {
                    b.add(set.items().get(j).id());
                }
            }
            if (!a.equals(b)) {
                System.out.println("differs " + set.items().get(i).id() + " (" + set.items().get(i).story() + ", "
                        + set.items().get(i).published() + ") production " + a + " harness " + b);
            }
        }
        List<String> truth = set.stories();
        System.out.printf("production B3 %.3f harness B3 %.3f%n", ClusteringScores.of(truth, production).bcubedF1(),
                ClusteringScores.of(truth, harness).bcubedF1());
    }
}
