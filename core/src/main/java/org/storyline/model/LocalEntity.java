package org.storyline.model;

/**
 * One article's entity as its story sees it: the input of story-level alias resolution.
 *
 * @param id       the article-level entity id
 * @param type     what it names
 * @param name     its canonical name in the article
 * @param mentions how often the article names it
 */
public record LocalEntity(String id, EntityType type, String name, int mentions) {
}
