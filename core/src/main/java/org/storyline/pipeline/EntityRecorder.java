package org.storyline.pipeline;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyline.enrich.entity.ArticleEntities;
import org.storyline.enrich.entity.EntityExtractor;
import org.storyline.enrich.entity.StoryEntities;
import org.storyline.enrich.quote.QuoteExtractor;
import org.storyline.model.Article;
import org.storyline.model.EntityType;
import org.storyline.model.LocalEntity;
import org.storyline.model.Quote;
import org.storyline.store.ArticleStore;
import org.storyline.store.StoreTransaction;

/**
 * Stores what the entity and quote stages found in an article ({@link Preparation} runs them, outside the
 * transaction); resolves a story's surnames to full names across its articles. Articles stored before these
 * stages existed (or read by an older {@link #VERSION}) are read when the pipeline opens.
 */
final class EntityRecorder {

    /** Raise when the stages change what they find, so stored articles are read again. */
    static final int VERSION = 3;
    private static final int BATCH = 100;

    private final EntityExtractor entities;
    private final QuoteExtractor quotes = new QuoteExtractor();

    EntityRecorder(EntityExtractor entities) {
        this.entities = entities;
    }

    /** Replaces an article's stored entities and quotes with what preparation found. */
    void store(StoreTransaction tx, String articleId, PreparedArticle prepared) {
        tx.entities().replace(articleId, VERSION, prepared.entities(), prepared.quotes());
    }

    /** Reads an article and replaces its stored entities and quotes. English (or unknown language) only. */
    void record(StoreTransaction tx, Article article) {
        ArticleEntities found = null;
        List<Quote> said = List.of();
        if (article.language() == null || article.language().equals("en")) {
            found = entities.extract(article.text());
            said = quotes.extract(article.text(), found, article.published(), article.outlet());
        }
        tx.entities().replace(article.id(), VERSION, found == null ? List.of() : found.entities(), said);
    }

    /** Points the story's surnames-alone at the full names its articles give. */
    void resolve(StoreTransaction tx, String storyId) {
        List<LocalEntity> locals = tx.entities().localsOfStory(storyId);
        Map<String, EntityType> types = new HashMap<>();
        locals.forEach(l -> types.put(l.id(), l.type()));
        tx.entities().resolve(storyId, StoryEntities.resolve(locals), types);
    }

    /** Reads the stored articles these stages have not read; returns how many. */
    int backfill(ArticleStore store) {
        List<String> ids = store.entities().unscanned(VERSION);
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            store.transaction(tx -> {
                Set<String> stories = new LinkedHashSet<>();
                for (String id : batch) {
                    tx.article(id).ifPresent(a -> {
                        record(tx, a.article());
                        stories.add(a.storyId());
                    });
                }
                stories.forEach(s -> resolve(tx, s));
                return null;
            });
        }
        return ids.size();
    }
}
