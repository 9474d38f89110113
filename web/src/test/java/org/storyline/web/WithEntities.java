package org.storyline.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storyline.enrich.entity.EntityExtractor;
import org.storyline.enrich.entity.StoryEntities;
import org.storyline.model.EntityType;
import org.storyline.model.LocalEntity;
import org.storyline.model.StoredArticle;
import org.storyline.store.ArticleStore;

/**
 * Stores a test's articles with what the real entity stage finds in them, resolved per story as the pipeline
 * resolves them, so entity pages, follows and alias search have real rows to read.
 */
final class WithEntities {

    private static final EntityExtractor EXTRACTOR = new EntityExtractor();

    private WithEntities() {
    }

    /** Inserts {@code articles} with their entities, then resolves and refreshes each of {@code stories}. */
    static void store(ArticleStore store, List<StoredArticle> articles, String... stories) {
        store.transaction(tx -> {
            for (StoredArticle a : articles) {
                tx.insert(a);
                tx.entities().replace(a.id(), 1, EXTRACTOR.extract(a.article().text()).entities(), List.of());
            }
            for (String story : stories) {
                List<LocalEntity> locals = tx.entities().localsOfStory(story);
                Map<String, EntityType> types = new HashMap<>();
                locals.forEach(l -> types.put(l.id(), l.type()));
                tx.entities().resolve(story, StoryEntities.resolve(locals), types);
                tx.refreshStory(story);
            }
            return null;
        });
    }
}
