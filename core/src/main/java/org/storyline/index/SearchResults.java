package org.storyline.index;

import java.util.List;

/**
 * One page of search results.
 *
 * @param hits    the page, best first
 * @param more    true when results follow this page
 * @param matched how many articles matched before paging (keyword matches plus semantic neighbours, the
 *                latter counted up to the candidate depth), an original and its republished copies counted once
 *                by an index that keeps duplicate groups (the embedded one)
 */
public record SearchResults(List<SearchHit> hits, boolean more, long matched) {

    public SearchResults {
        hits = List.copyOf(hits);
    }
}
