package org.storyline.store;

import java.util.List;
import org.storyline.model.EntityType;
import org.storyline.model.Published;

/**
 * An entity as one stored article names it, with the article's place: what entity pages, story pages and the
 * export read.
 *
 * @param entityId  the story-level entity id (a surname alone resolved to the full name)
 * @param localId   the article-level entity id
 * @param name      the name in this article
 * @param aliases   the article's other spellings
 * @param roles     roles the article gives
 * @param mentions  how often the article names it
 * @param copy      whether the article is a republished copy of another
 */
public record EntityRow(String articleId, String storyId, String entityId, String localId, EntityType type,
                        String name, List<String> aliases, List<String> roles, int mentions, String title,
                        String outlet, Published published, boolean copy) {

    public EntityRow {
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
    }
}
