package org.storyline.enrich.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.storyline.model.Entity;
import org.storyline.model.Mention;

/**
 * What the entity stage found in one article: its sentences (for later stages), its entities, and every
 * mention with the entity it names, in text order.
 */
public record ArticleEntities(List<Sentence> sentences, List<Entity> entities, List<Placed> mentions) {

    /** A mention and the entity it names. */
    public record Placed(Mention mention, Entity entity) {
    }

    public ArticleEntities {
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        mentions = List.copyOf(mentions);
    }

    /** Builds the mention list from the entities. */
    static ArticleEntities of(List<Sentence> sentences, List<Entity> entities) {
        List<Placed> placed = new ArrayList<>();
        for (Entity e : entities) {
            e.mentions().forEach(m -> placed.add(new Placed(m, e)));
        }
        placed.sort(Comparator.comparingInt(p -> p.mention().start()));
        return new ArticleEntities(sentences, entities, placed);
    }
}
