package org.storyline.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.storyline.cluster.ClusterInput;
import org.storyline.enrich.entity.EntityExtractor;
import org.storyline.model.Article;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;
import org.storyline.store.EntityRow;

/**
 * What the clusterer is given of an article: headline, body, time, and the people, places and organisations
 * the entity stage finds in the body (by their article-level ids, the same for every spelling). Public so the
 * bench that fits the story model builds its inputs exactly as ingest does.
 *
 * <pre>{@code
 * ClusterInput in = ClusterInputs.of(article, ClusterInputs.names(extractor.extract(article.text()).entities()));
 * }</pre>
 */
public final class ClusterInputs {

    private ClusterInputs() {
    }

    /**
     * The clusterer's view of a stored or new article with these names. A publication time more than a day
     * ahead of now is a wrong date (a clock or a typo), so the clusterer places the article as undated: a
     * story dated years ahead would otherwise stop taking the articles of today.
     */
    public static ClusterInput of(Article a, ClusterInput.Names names) {
        return of(a, names, null);
    }

    /** As {@link #of(Article, ClusterInput.Names)}, with the article's sentence embedding (or null). */
    public static ClusterInput of(Article a, ClusterInput.Names names, float[] vector) {
        java.time.Instant published = a.published() == null ? null : a.published().instant();
        if (published != null && published.isAfter(java.time.Instant.now().plus(java.time.Duration.ofDays(1)))) {
            published = null;
        }
        return new ClusterInput(a.id(), a.title(), a.text(), published, names, vector);
    }

    /** The names the entity stage finds in {@code text} (English; other languages give none). */
    public static ClusterInput.Names names(EntityExtractor extractor, String text, String language) {
        if (language != null && !language.equals("en")) {
            return ClusterInput.Names.NONE;
        }
        return names(extractor.extract(text).entities());
    }

    /** Entities as the clusterer's names, by type. */
    public static ClusterInput.Names names(List<Entity> entities) {
        List<List<String>> byType = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        entities.forEach(e -> byType.get(slot(e.type())).add(e.id()));
        return new ClusterInput.Names(byType.get(0), byType.get(1), byType.get(2));
    }

    /** The names stored for an article (replaying the store at start costs no extraction). */
    static ClusterInput.Names namesOfRows(List<EntityRow> rows) {
        List<List<String>> byType = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        rows.forEach(r -> byType.get(slot(r.type())).add(r.localId()));
        return new ClusterInput.Names(byType.get(0), byType.get(1), byType.get(2));
    }

    private static int slot(EntityType type) {
        return switch (type) {
            case PERSON -> 0;
            case PLACE -> 1;
            case ORGANISATION -> 2;
        };
    }
}
