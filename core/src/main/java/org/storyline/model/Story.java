package org.storyline.model;

import java.util.Objects;

/**
 * A story as the store keeps it: a group of articles about one developing event.
 *
 * <p>The id is stable: it comes from the story's founding article and never changes as articles join.
 *
 * @param id             stable id
 * @param title          the headline that stands for the story (its newest article's)
 * @param articleCount   articles in the story, copies included
 * @param outletCount    distinct outlets
 * @param firstPublished earliest publication among its articles, or null
 * @param lastPublished  latest publication among its articles, or null
 */
public record Story(String id, String title, int articleCount, int outletCount, Published firstPublished,
                    Published lastPublished) {

    public Story {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
    }
}
