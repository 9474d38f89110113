package org.storyline.enrich.place;

import java.util.List;

/**
 * The place a story's event happened, as its articles give it.
 *
 * @param name       the locality ("Gary"), or the county or province when no article names a locality
 * @param region     the region an article writes after it ("Ind.", "Indiana"), or null
 * @param locality   true for a town, city or quarter; false for a county or province (no article names a town)
 * @param articleIds the articles that put the event there, in the order given
 * @param sentence   the words of the first of them that does
 */
public record EventPlace(String name, String region, boolean locality, List<String> articleIds, String sentence) {

    public EventPlace {
        articleIds = List.copyOf(articleIds);
    }
}
