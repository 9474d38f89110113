package org.storyline.cluster;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the clusterer sees of an article.
 *
 * <pre>{@code
 * new ClusterInput("a1", "Quake hits Aceh", text, published, new Names(List.of(), List.of("place:aceh"), List.of()));
 * }</pre>
 *
 * @param articleId the article's stable id
 * @param title     headline; empty when the article has none
 * @param text      body
 * @param published publication time, or null when unknown
 * @param names     the people, places and organisations the article names, as stable keys (the entity
 *                  stage's ids); {@link Names#NONE} when unknown
 * @param vector    the article's unit sentence embedding, or null (a clusterer with a dense signal reads it
 *                  through {@code ClusterInput::vector})
 */
public record ClusterInput(String articleId, String title, String text, Instant published, Names names,
                           float[] vector) {

    public ClusterInput {
        Objects.requireNonNull(articleId, "articleId");
        title = title == null ? "" : title;
        Objects.requireNonNull(text, "text");
        names = names == null ? Names.NONE : names;
    }

    /** An article without known names or embedding. */
    public ClusterInput(String articleId, String title, String text, Instant published) {
        this(articleId, title, text, published, Names.NONE, null);
    }

    /** An article with its names, without an embedding. */
    public ClusterInput(String articleId, String title, String text, Instant published, Names names) {
        this(articleId, title, text, published, names, null);
    }

    /**
     * Names by type, each a stable key that is the same for every spelling of one entity (who, where, by
     * whom: what tells two look-alike events apart).
     */
    public record Names(List<String> people, List<String> places, List<String> organisations) {

        public static final Names NONE = new Names(List.of(), List.of(), List.of());

        public Names {
            people = List.copyOf(people);
            places = List.copyOf(places);
            organisations = List.copyOf(organisations);
        }

        /** The keys of one type: 0 people, 1 places, 2 organisations. */
        List<String> ofType(int type) {
            return switch (type) {
                case 0 -> people;
                case 1 -> places;
                default -> organisations;
            };
        }
    }
}
