package org.storyline.index;

import java.time.LocalDate;
import java.util.Locale;

/**
 * What a search is narrowed to; every field is optional (null: no narrowing).
 *
 * <pre>{@code
 * new SearchFilters("Reuters", LocalDate.of(2025, 7, 1), null, "SputnikAzerbaijan", "en", null)
 * }</pre>
 *
 * @param outlet   the outlet's name, any case
 * @param from     the first publication day, inclusive (UTC)
 * @param to       the last publication day, inclusive (UTC)
 * @param hashtag  a hashtag without '#', any case
 * @param language an ISO 639-1 code
 * @param entity   an entity key; matches articles indexed with it (entity data comes from the enrichment
 *                 stage; until it exists no article carries one and the filter matches nothing)
 */
public record SearchFilters(String outlet, LocalDate from, LocalDate to, String hashtag, String language,
                            String entity) {

    /** No narrowing. */
    public static final SearchFilters NONE = new SearchFilters(null, null, null, null, null, null);

    public SearchFilters {
        outlet = key(outlet);
        hashtag = hashtag == null ? null : key(hashtag.replaceFirst("^#", ""));
        language = key(language);
        entity = key(entity);
    }

    /** True when nothing narrows the search. */
    public boolean isEmpty() {
        return outlet == null && from == null && to == null && hashtag == null && language == null && entity == null;
    }

    /**
     * How keyword fields are kept in the index: lower case, trimmed; blank means absent. Public so every
     * {@link ArticleIndex} keys its documents as the filters key their values.
     */
    public static String key(String value) {
        return value == null || value.isBlank() ? null : value.strip().toLowerCase(Locale.ROOT);
    }
}
