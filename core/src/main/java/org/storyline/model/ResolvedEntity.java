package org.storyline.model;

/**
 * Where an article's entity resolves to in its story: the story-level entity it joins (itself when none).
 *
 * @param id   the story-level entity id
 * @param name the story-level entity's name
 */
public record ResolvedEntity(String id, String name) {
}
