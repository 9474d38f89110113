package org.storyline.bench.cluster;

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

/**
 * A labelled set as the clusterer sees it at ingest, for fitting the story model: each article written as the
 * page {@link ProductionRun} ingests, read back by the HTML extractor, its names found by the entity stage and
 * its embedding taken as ingest takes it ({@link ClusterInputs}).
 */
final class ProductionInputs {

    private final HtmlExtractor html = new HtmlExtractor();
    private final EntityExtractor entities = new EntityExtractor();
    private final SentenceEmbedder embedder = new SentenceEmbedder();

    List<StoryModelTrainer.Labelled> of(LabelledArticles set) {
        List<StoryModelTrainer.Labelled> out = new ArrayList<>();
        for (LabelledArticles.Item item : set.items()) {
            Extraction e = html.extract(ProductionRun.page(item), ProductionRun.url(item));
            ParsedArticle p = html.toArticle(e, ProductionRun.url(item)).orElse(null);
            String title = p == null ? "" : p.title();
            String text = p == null ? item.text() : p.text();
            ClusterInput input = new ClusterInput(item.id(), title, text,
                    p == null || p.published() == null ? null : p.published().instant(),
                    ClusterInputs.names(entities, text, "en"));
            out.add(new StoryModelTrainer.Labelled(input, embedder.embed(title, text), item.story()));
        }
        return out;
    }
}
